"""A study the design classifier calls a protocol, but which reports its own results, stays a study protocol only when
its title calls the study itself one (data/lexicons/design_cues.yaml protocol_title; pipeline/nlp/evidence.py). Titles
of workshop-corpus records."""

from __future__ import annotations

import pytest

from pipeline.nlp.design import PROTOCOL_TITLE


@pytest.mark.parametrize("title", [
    # 29110690, 36848344
    "Autologous-cell-derived, tissue-engineered cartilage for repairing articular cartilage lesions in the knee: study "
    "protocol for a randomized controlled trial",
    "Colonization of intervertebral discs by Cutibacterium acnes in patients with low back pain: Protocol for an "
    "analytical study with microbiological, phenotypic, genotypic, and multiomic techniques",
])
def test_a_title_calling_the_study_a_protocol(title):
    assert PROTOCOL_TITLE.search(title)


@pytest.mark.parametrize("title", [
    # 26187300 (fresh45 C507: a treatment protocol, its results reported; both reviewers include it), 29276694
    "Intercycle variability of the ovarian response in patients undergoing repeated stimulation with corifollitropin alfa "
    "in a gonadotropin-releasing hormone antagonist protocol",
    "An optimized immunohistochemistry protocol for detecting the guidance cue Netrin-1 in neural tissue.",
])
def test_a_title_naming_a_treatments_or_a_laboratorys_protocol(title):
    assert not PROTOCOL_TITLE.search(title)
