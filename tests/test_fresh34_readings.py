"""Readings from fresh34's errors (session 29), on the records' own text (workshop corpus, as PubMed has them).

fresh34 was scored once (session 28's final code, f163599) before it was opened; each expectation is both blind
reviewers' label.

* 23972639 (C390, "intravesical BCG therapy can cause Mycobacterium bovis infections"; both: eligible, a case report)
  was excluded because its patient also had a resection, a cystectomy and an aneurysm repair. Its title puts the harm
  down to the therapy ("... caused by Mycobacterium bovis as a complication of intravesical bacillus Calmette-Guérin
  therapy"), so those operations are the case's history, not co-treatments. The title writes "Guérin"; the catalog's
  synonym "Guerin": names are now matched with their accents folded, as PubMed's search matches them.
* 20470918 and 10659417 (C385, "percutaneous drainage cures the abscess"; both: eligible, case reports): "drainage was
  then performed" and "The outcome was favourable in both cases following ... percutaneous drainage" say the cases' own
  patients got the therapy; an adverb between "was" and "performed" hid the first.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.linker import _INTERVENTION, assess
from pipeline.claims.mentions import find_mentions
from pipeline.models import Article

FRESH34 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh34" / "claims.yaml")}

BCG = Article(
    pmid=23972639,
    title="Abdominal aortic aneurysmal and endovascular device infection with iliopsoas abscess caused by "
          "Mycobacterium bovis as a complication of intravesical bacillus Calmette-Guérin therapy.",
    abstract="Vascular complications after the intravesical instillation of Bacillus Calmette-Guérin (BCG) therapy are "
             "extremely rare. We experienced a case of abdominal aortic aneurysmal infection excluded by a stent graft "
             "with an iliopsoas abscess after intravesical instillation of BCG therapy that required reoperation. Five "
             "years ago, an 81-year-old man was diagnosed with transitional cell carcinoma of the bladder. After "
             "transurethral resection of the bladder tumor and intravesical BCG therapy, a radical cystectomy was "
             "performed. Twenty-four months after intravesical BCG therapy, follow-up an abdominal computed "
             "tomographic (CT) scan revealed an aortic abdominal aneurysm. Endovascular aneurysm repair was performed, "
             "and the aneurysm was excluded postoperatively. Thirty months after the endovascular aneurysm repair (and "
             "54 months after intravesical BCG therapy), a follow-up abdominal CT revealed a low-density area in the "
             "right iliopsoas muscle that formed a fistula to the excluded aneurysm. We performed CT-guided iliopsoas "
             "abscess drainage and collected yellow pus. Polymerase chain reaction analysis revealed that the pus was "
             "positive for Mycobacterium tuberculosis complex. The patient was diagnosed with abdominal aortic "
             "aneurysmal infection associated with iliopsoas abscess caused by Mycobacterium bovis, and surgery was "
             "performed. We performed an extra-anatomical bypass and removed the stent graft with debridement. When "
             "the aneurysmal wall was incised and resected, yellow pus surrounded the stent graft. In addition, a large "
             "fistula was present between the right posterolateral aortic aneurysmal wall and the iliopsoas abscess "
             "cavity. After the operation, the histopathological examination of excised abdominal aortic aneurysmal "
             "wall tissue revealed an epithelioid granuloma with caseous necrosis involving multinucleated giant cells, "
             "indicating M tuberculosis complex infection. Although the intravesical instillation of BCG therapy is "
             "considered safe, complications resulting from vascular infections can arise in extremely rare cases. The "
             "complication described in this case report emphasizes the need to cautiously select treatment for a "
             "mycotic aortic aneurysm after intravesical instillation of BCG therapy.",
    publication_types=["Case Reports", "Journal Article"])

TWO_CASES = Article(
    pmid=20470918,
    title="[Two cases of psoas abscesses caused by group A beta-haemolytic streptococcal infection with a cutaneous "
          "portal of entry].",
    abstract="BACKGROUND: Psoas abscess is a rare clinical entity that occurs chiefly after intra-abdominal or "
             "retroperitoneal infection. We report two cases of psoas abscesses caused by group A beta-haemolytic "
             "streptococcal infection having a cutaneous portal of entry.\n\nCASE REPORTS: The first patient, a "
             "50-year-old man, was feverish and had ulcerative and necrotic cutaneous lesions evocative of ecthyma that "
             "were progressing for three months and were recently associated with a painful mass in the left iliac "
             "fossa, leading to difficulties in walking. The second patient, a 35-year-old woman with a medical history "
             "of intravenous drug addiction, was admitted to intensive care for sepsis syndrome following group A "
             "beta-haemolytic streptococcal infection with a cutaneous portal of entry (swelling on left lower limb). "
             "She remained unaccountably subfebrile 10 days after the start of antibiotic therapy with amoxicillin. "
             "Abdominal CAT scans for each patient confirmed the diagnosis of left psoas abscess. For the first "
             "patient, the same group A beta-haemolytic streptococcus was isolated in drainage fluid and at the "
             "cutaneous injury site. The outcome was favourable in both cases following extensive intravenous "
             "antibiotic therapy (amoxicillin) combined with percutaneous drainage (in the first case).\n\n"
             "DISCUSSION: Psoas abscess can occur after locoregional infection and the portals of entry are usually "
             "gastro-intestinal, musculoskeletal or genitourinary, with many organisms capable of causing such "
             "secondary abscesses. Psoas abscess can also be a primary clinical event. Staphylococcus aureus is the most"
             " common causative organism. The presented cases comprised secondary psoas abscesses with a cutaneous "
             "portal of entry. Since the complete set of three evocative symptoms (prolonged fever, pain and psoitis) "
             "is frequently seen late, diagnosis must be made on the basis of prolonged infectious state or "
             "unaccountable feverish abdominal pain. Diagnosis is based on abdominal CAT scan and treatment involves "
             "the use of appropriate antibiotics as well as percutaneous or surgical drainage of the abscess. The "
             "mortality rate in this patient population remains high with survival being dependent on prompt "
             "initiation of therapy.")


def test_a_name_without_its_accent_finds_the_accented_form():
    found = find_mentions(FRESH34["C390"].therapy, BCG.title)
    assert [m.text for m in found] == ["intravesical bacillus Calmette-Guérin"], found
    assert BCG.title[found[0].start:found[0].end] == found[0].text


def test_folding_accents_keeps_every_offset():
    from pipeline.claims.mentions import fold_accents

    text = "Sjögren's syndrome, Ménière's disease, β-cells and Straße"
    assert fold_accents(text) == "Sjogren's syndrome, Meniere's disease, β-cells and Straße"
    assert len(fold_accents(text)) == len(text)


def test_a_title_putting_the_harm_down_to_the_therapy_makes_the_cases_operations_history():
    e, _ = assess_as_linked(FRESH34["C390"], BCG, "case_report", is_human=True)
    assert e.eligible, e


def test_without_the_titles_attribution_the_other_operations_are_co_treatments():
    # the same case under a title that only says when: the resection and cystectomy come with the therapy again
    plain = Article(pmid=BCG.pmid, title="Mycobacterium bovis infection of an aortic endograft in a man with bladder "
                    "cancer.", abstract=BCG.abstract, publication_types=BCG.publication_types)
    e, _ = assess_as_linked(FRESH34["C390"], plain, "case_report", is_human=True)
    assert not e.eligible and e.reason == "cointervention_only", e


def test_a_procedure_then_performed_is_the_cases_intervention():
    assert _INTERVENTION.search("Antibiotic chemotherapy was started, and ultrasound-guided percutaneous drainage was "
                                "then performed under the diagnosis of psoas abscess.")
    assert not _INTERVENTION.search("Prompt drainage, either percutaneously or surgically are required.")


def test_an_outcome_favourable_in_both_cases_following_the_therapy_is_the_series_own():
    r = assess(FRESH34["C385"], TWO_CASES)
    assert any("as the intervention" in x for x in r.reasons), r.reasons
    e, _ = assess_as_linked(FRESH34["C385"], TWO_CASES, "case_report", is_human=True)
    assert e.eligible, e
