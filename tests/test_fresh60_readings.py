"""Readings from fresh60's errors (session 36), on the records' own text (workshop corpus, as PubMed has them).

fresh60 was scored once (code of 972b795, after fresh59's readings) before it was opened; each expectation is both
blind reviewers' label (HA2, HB2: eligible).

* 232 (C689, "obstructed bile flow raises serum gamma-glutamyl transpeptidase"): an unstructured abstract whose last
  sentences (read as its conclusion) speak of the kidneys; its result "Serum GGT was essentially increased in rabbits
  with obstructive extrahepatic cholestasis" names the exposure only as what the group the result was found in has.
* 26215130 (C682, "real-time PCR of a stool sample finds Strongyloides infection more reliably than microscopy"): a
  claim saying a test "finds" a condition is about how well the test reads, so a diagnostic-accuracy study tests it.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH60 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh60" / "claims.yaml")}

GGT_RABBITS = Article(
    pmid=232,
    title='Studies on the mechanism of the changes in serum and liver gamma-glutamyl transpeptidase activity. I. Experimental extrahepatic cholestasis in rabbits.',
    abstract='Serum, liver and renal gamma-glutamyl transpeptidase (GGT) activities were studied in four groups of rabbits: controls, rabbits with obstructive extrahepatic cholestasis, rabbits with obstructive anuria, and animals with combined obstructive extrahepatic cholestasis and obstructive anuria. Serum GGT was essentially increased in rabbits with obstructive extrahepatic cholestasis, showing peak values in the combined cholestasis + obstructive anuria group, and practically normal values in animals with anuria. Liver GGT was increased in both cholestasis groups, but the increase was less prominent than the increase in serum GGT and there was no correlation between them. In both anuric groups renal GGT was reduced, probably as a result of inhibited enzyme synthesis secondary to the altered conditions for adequate renal function. The results obtained are suggestive of a probable renal involvement in the formation of the serum GGT activity level.',
    publication_types=['Journal Article'])

STRONGYLOIDES_PCR = Article(
    pmid=26215130,
    title="Real-time PCR for detection of Strongyloides stercoralis in human stool samples from Côte d'Ivoire: diagnostic accuracy, inter-laboratory comparison and patterns of hookworm co-infection.",
    abstract="Human infections with the helminth species Strongyloides stercoralis encompass a wide clinical spectrum, ranging from asymptomatic carriage to life-threatening disease. The diagnosis of S. stercoralis is cumbersome and the sensitivity of conventional stool microscopy is low. New molecular tools have been developed to increase sensitivity. We compared the diagnostic accuracy of real-time PCR with microscopy for the detection of S. stercoralis and hookworm in human stool samples, and investigated the inter-laboratory agreement of S. stercoralis-specific real-time PCR in two European laboratories. Stool specimens from 256 randomly selected individuals in rural Côte d'Ivoire were examined using three microscopic techniques (i.e. Kato-Katz, Koga agar plate (KAP) and Baermann (BM)). Additionally, ethanol-fixed stool aliquots were subjected to molecular diagnosis. The prevalence of S. stercoralis and hookworm infection was 21.9% and 52.0%, respectively, whilst co-infections were detected in 35 (13.7%) participants. The diagnostic agreement between real-time PCR and microscopy was excellent when both KAP and BM tested positive for S. stercoralis, but was considerably lower when only one microscopic technique was positive. The sensitivity of KAP, BM and real-time PCR for detection of S. stercoralis as compared to a combination of all diagnostic techniques was 21.4%, 37.5% and 76.8%, respectively. The inter-laboratory agreement of S. stercoralis-specific PCR was substantial (κ=0.63, p<0.001). We conclude that a combination of real-time PCR and stool microscopy shows high accuracy for S. stercoralis diagnosis. Besides high sensitivity, PCR may also enhance specificity by reducing microscopic misdiagnosis of morphologically similar helminth larvae (i.e. hookworm and S. stercoralis) in settings where both helminth species co-exist.",
    publication_types=['Journal Article', "Research Support, Non-U.S. Gov't"])


def test_a_result_found_in_the_animals_with_the_exposure_is_the_exposure_s():
    e, d = assess_as_linked(FRESH60["C689"], GGT_RABBITS, "animal_study", is_animal=True, species=("rabbit",))
    assert e.eligible, (e, d.not_about)


def test_the_same_result_in_animals_without_it_is_not():
    other = Article(pmid=232, title=GGT_RABBITS.title.replace("Experimental extrahepatic cholestasis", "Experimental anuria"),
                    abstract=GGT_RABBITS.abstract.replace("extrahepatic cholestasis", "renal failure")
                    .replace("cholestasis", "renal failure"), publication_types=GGT_RABBITS.publication_types)
    e, _ = assess_as_linked(FRESH60["C689"], other, "animal_study", is_animal=True, species=("rabbit",))
    assert not e.eligible, e


def test_a_claim_that_a_test_finds_a_condition_is_tested_by_its_accuracy():
    e, _ = assess_as_linked(FRESH60["C682"], STRONGYLOIDES_PCR, "cross_sectional", is_human=True)
    assert e.eligible, e
