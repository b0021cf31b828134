"""Readings from fresh43's errors (session 31), on the records' own text (workshop corpus, as PubMed has them).

fresh43 was scored once (the session-30 final rules) before it was opened; each expectation is both blind reviewers'
label.

* 19262400 (C496, "hepcidin protects the gut in inflammatory bowel disease"; both: not eligible, therapy not tested)
  measures serum hepcidin in 61 patients and 25 healthy controls; no one is given hepcidin. Its sentences say so as
  "serum hepcidin", "the hepcidin results", "a correlation ... between hepcidin and IL-6"; only some of them named a
  quantity the measured-only reading knew ("concentrations", "levels"), and the study was read as giving hepcidin: the
  claim went Very low where both reviewers read No evidence.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import AbstractSection, Article

FRESH43 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh43" / "claims.yaml")}

# PubMed's NlmCategory of each labelled paragraph (the reader takes the OBJECTIVE paragraph as background)
_CATEGORY = {"OBJECTIVE": "OBJECTIVE", "DESIGN": "METHODS", "SETTING": "METHODS", "PATIENTS": "METHODS",
             "MAIN OUTCOME MEASURE": "METHODS", "RESULTS": "RESULTS", "CONCLUSION": "CONCLUSIONS"}


def _sectioned(pmid: int, title: str, abstract: str) -> Article:
    """The record as PubMed structures it: one section per labelled paragraph."""
    sections = [AbstractSection(label, _CATEGORY[label], text)
                for label, text in (p.split(": ", 1) for p in abstract.split("\n\n"))]
    return Article(pmid=pmid, title=title, abstract=abstract, abstract_sections=sections)


HEPCIDIN = _sectioned(
    19262400,
    'Hepcidin and inflammatory bowel disease: dual role in host defence and iron homoeostasis.',
    ('OBJECTIVE: Hepcidin is an endogenous antimicrobial peptide with a key role in iron homoeostasis. '
     "Hepcidin is similar to defensin, the deficiency of which is associated with Crohn's disease. To date"
     ' there has been no validated method to reliably assay serum hepcidin. We studied iron indices in '
     'inflammatory bowel disease (IBD) including hepcidin.\n\nDESIGN: We assessed serum hepcidin '
     'concentrations (using a newly developed competitive radioimmunoassay) and ferritin in patients with '
     'IBD. Haematinics including serum soluble transferrin receptor, serum iron, serum vitamin B12 and red'
     ' cell folate levels were also measured. The hepcidin results were compared with a control group of '
     'healthy volunteers from the local community.\n\nSETTING: This study was based in a hospital.\n\n'
     "PATIENTS: Sixty-one patients with IBD (51 patients with ulcerative colitis and 10 with Crohn's "
     'disease). Their mean hepcidin results were compared with 25 healthy controls.\n\nMAIN OUTCOME MEASURE:'
     ' hepcidin concentration in serum samples in IBD patients compared with normal volunteers.\n\nRESULTS: '
     'We found significantly low serum hepcidin levels in patients with IBD. The hepcidin levels were low '
     'in IBD patients without iron deficiency anaemia as evidenced by normal ferritin and serum iron '
     'levels (n=41, mean hepcidin 6.81 ng/ml, SEM 1.2) and in IBD patients with iron deficiency anaemia '
     '(n=18, mean hepcidin 4.14 ng/ml, SEM 0.72) compared with healthy controls (n=25, mean hepcidin 15.3 '
     'ng/ml, SEM 3.14) (P=0.0045 and P=0.0050 on unpaired t-tests, respectively). We also measured IL-6 '
     '(enzyme-linked immunosorbent assay method, Abcam plc) in 21 of the 61 patients with IBD and compared'
     ' the results with samples from 10 healthy volunteers. The IL-6 level was significantly higher '
     '(P=0.0222 on unpaired t-tests) in this group of IBD patients (n=21, IL-6 mean 2.94 pg/ml, SEM 0.64) '
     'compared with controls (n=10, IL-6 mean 0.663 pg/ml SEM 0.14). A significant positive correlation '
     "(Pearson's correlation coefficient r=0.6331) was present between hepcidin and IL-6, but not between "
     'hepcidin and serum soluble transferrin receptor (r=-0.235).\n\nCONCLUSION: The low hepcidin results in'
     ' IBD patients may reflect a causal or perpetuator effect on intestinal inflammation.'))


def test_a_study_measuring_the_substance_in_patients_and_controls_gives_it_to_no_one():
    e, _ = assess_as_linked(FRESH43["C496"], HEPCIDIN, "observational", is_human=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e
    assert "measures hepcidin" in e.why, e


def test_a_trial_that_gives_the_substance_and_measures_its_level_still_tests_it():
    given = Article(pmid=1, title="Minihepcidin in inflammatory bowel disease: a randomised trial.",
                    abstract="Patients with inflammatory bowel disease were randomised to minihepcidin or placebo. "
                             "Minihepcidin was administered subcutaneously for 12 weeks. Serum hepcidin results rose "
                             "and the disease activity index fell with minihepcidin compared with placebo.")
    e, _ = assess_as_linked(FRESH43["C496"], given, "rct", is_human=True)
    assert e.eligible, e
