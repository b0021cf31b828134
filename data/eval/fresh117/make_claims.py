# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 50 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# men's processed meat intake and fertilization in IVF (a prospective cohort of couples in assisted reproduction, among
# records on sperm quality, beef, poultry farming and the slaughterhouse), glutaredoxin 2 gene deletion and age-related
# cataract (a knock-out mouse study, among cataract surgery and lens records), the macular add-on intraocular lens for
# advanced age-related macular degeneration (an eight-patient case series, among other intraocular lens records),
# small-incision lenticule extraction compared with LASIK for corneal sensitivity (a case series compared with pooled
# LASIK studies, among other LASIK and myopia records), an etomidate-propofol combination compared with propofol alone
# for the blood pressure response at induction and intubation (a three-arm randomised trial, among propofol and
# intubation records) and cartilage from a standard donor site compared with cartilage from the debrided edge of a
# chronic defect for growing chondrocytes (a paired biopsy study in 14 patients, among chondrocyte implantation records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1091", "Eating processed meat lowers a man's chances of fertilizing eggs in IVF",
 "Eating processed meat lowers a man's chances of fertilizing eggs in IVF",
 ("men's processed meat intake", ['processed meat intake', "men's processed meat intake", 'processed meat',
                                  'intake of processed meat', "men's meat intake"]),
 ("fertilization rate in IVF", ['fertilization rate', 'fertilization rates in conventional IVF',
                                'fertilization rate in conventional IVF cycles', 'fertilization in assisted reproduction',
                                'IVF fertilization rate']),
 'meat[tiab] OR poultry[tiab] OR ("assisted reproduct*"[tiab] AND (men[tiab] OR male[tiab] OR sperm*[tiab] OR '
 'paternal[tiab]))', 'effect', None, None, 'harm', None),
("C1092", "Losing the lens enzyme glutaredoxin 2 brings on age-related cataract early",
 "Losing the lens enzyme glutaredoxin 2 brings on age-related cataract early",
 ("glutaredoxin 2 deficiency", ['Grx2 gene deletion', 'glutaredoxin 2 gene deletion', 'Grx2 knock-out', 'Grx2 null',
                                'Grx2 KO', 'loss of glutaredoxin 2']),
 ("age-related cataract", ['age-related cataract', 'age-dependent cataracts', 'lens nuclear opacity',
                           'age-related cataract formation', 'lens opacity', 'cataract progression']),
 'cataract*[tiab] AND (age-related[tiab] OR age-dependent[tiab] OR oxidative[tiab] OR lens[tiab] OR mice[tiab])',
 'effect', None, None, 'harm', None),
("C1093", "An add-on lens implant improves reading vision in advanced macular degeneration",
 "An add-on lens implant improves reading vision in advanced macular degeneration",
 ("macular add-on intraocular lens", ['add-on intraocular lens', 'macular add-on IOL', 'Scharioth Macula Lens',
                                      'ciliary sulcus-fixated macular add-on intraocular lens', 'add-on IOL']),
 ("advanced age-related macular degeneration", ['advanced age-related macular degeneration',
                                                'advanced macular degeneration', 'age-related macular degeneration',
                                                'AMD', 'near vision in advanced age-related macular degeneration']),
 '"macular degeneration"[tiab] OR "intraocular lens*"[tiab]', 'effect', None, None, 'benefit', None),
("C1094", "Small-incision lenticule extraction keeps corneal feeling better than LASIK",
 "Small-incision lenticule extraction keeps corneal feeling better than LASIK",
 ("small-incision lenticule extraction", ['small-incision lenticule extraction', 'SMILE',
                                          'small incision lenticule extraction', 'lenticule extraction',
                                          'small-incision lenticule extraction with the Visumax femtosecond laser']),
 ("loss of corneal sensitivity after refractive surgery", ['corneal sensitivity', 'central corneal sensitivity',
                                                           'corneal sensation', 'loss of corneal sensitivity',
                                                           'recovery of corneal sensitivity',
                                                           'paracentral corneal sensitivity']),
 'lenticule[tiab] OR keratomileusis[tiab] OR LASIK[tiab] OR "corneal sensitivity"[tiab] OR keratotomy[tiab] OR '
 'myopi*[tiab]', 'effect',
 ("LASIK", ['LASIK', 'laser in situ keratomileusis', 'laser-assisted in situ keratomileusis', 'myopic LASIK',
            'femtosecond-assisted LASIK']),
 None, 'benefit', None),
("C1095", "An etomidate-propofol mix keeps blood pressure steadier at induction than propofol alone",
 "An etomidate-propofol mix keeps blood pressure steadier at anaesthesia induction than propofol alone",
 ("etomidate-propofol combination", ['etomidate-propofol combination', 'propofol 1.25 mg/kg plus etomidate 0.15 mg/kg',
                                     'group PE', 'etomidate and propofol combination', 'etomidate-propofol']),
 ("blood pressure changes at anaesthesia induction and intubation", ['haemodynamic responses to tracheal intubation',
                                                                      'hemodynamic response to intubation',
                                                                      'decrease in mean arterial pressure after induction',
                                                                      'hypotension after anaesthesia induction',
                                                                      'haemodynamic changes during anaesthesia induction']),
 'etomidate[tiab] OR propofol[tiab] OR intubation[tiab] OR "anaesthesia induction"[tiab] OR "anesthesia induction"[tiab]',
 'effect',
 ("propofol alone", ['propofol alone', 'propofol 2.5 mg/kg', 'group P', 'propofol induction',
                     'induction with propofol']),
 None, 'benefit', None),
("C1096", "Donor-site cartilage grows better cells for chondrocyte implantation than cartilage from the defect edge",
 "Cartilage from the usual healthy donor site grows better cells for chondrocyte implantation than cartilage trimmed from "
 "the edge of the damaged area",
 ("cartilage from a standard donor site", ['standard donor site', 'routine cartilage biopsy', 'control biopsies',
                                           'cartilage from a standard donor site', 'biopsy from the standard donor site']),
 ("chondrocyte cultivation for autologous chondrocyte implantation", ['autologous chondrocyte cultivation',
                                                                      'cultivation potential of cartilage',
                                                                      'chondrocyte cell yield',
                                                                      'cartilage differentiation indices',
                                                                      'chondrocyte culture for autologous chondrocyte implantation']),
 '(biops*[tiab] OR "donor site"[tiab] OR debrided[tiab]) AND chondrocyte*[tiab] AND (cultivation[tiab] OR yield[tiab] OR '
 'expansion[tiab])', 'effect',
 ("cartilage from the edge of a debrided defect", ['cartilage from the edge of a debrided articular defect',
                                                   'edge of the lesion', 'debrided edge of a chronic lesion',
                                                   'cartilage taken from the debrided edge',
                                                   'cells from the edge of the lesion']),
 None, 'benefit', None),
]

write_claims(C)
