# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 51 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# all on lens implants and eye surgery: bag-in-the-lens intraocular lens implantation in paediatric cataract surgery (a
# 31-child prospective case series, among phakic, trifocal and protective-membrane lens records), the Haigis versus the
# SRK/T formula for toric lens astigmatism correction (a retrospective comparison, among a toric calculator comparison and
# a corneal asphericity record), primary versus secondary intraocular lens implantation for traumatic cataract (a 181-eye
# combat ocular trauma series, among paediatric, capsular opacification and toric capsulotomy records), corneal
# asphericity and refractive prediction error after lens implantation (a 115-eye retrospective comparative series, among
# formula, calculator, femtosecond and trifocal lens records), femtosecond laser primary posterior capsulotomy for a
# rotating toric lens (a two-case report, among toric calculator, formula and femtosecond cataract surgery records) and
# anterior segment OCT sizing of a posterior chamber phakic lens by the iris pigment layer (a 29-eye series, among phakic
# lens, myopic LASIK and corneal asphericity records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1157", "Bag-in-the-lens intraocular lens implantation keeps the visual axis clear after paediatric cataract surgery",
 "A lens implant placed by the bag-in-the-lens method keeps a child's vision clear for years after cataract surgery",
 ("bag-in-the-lens intraocular lens implantation", ['bag-in-the-lens intraocular lens implantation', 'bag-in-the-lens (BIL) intraocular lens',
                                                    'BIL IOL implantation', 'BIL IOL', 'bag-in-the-lens technique']),
 ("paediatric cataract", ['pediatric cataract', 'pediatric cataract surgery', 'paediatric cataract',
                          'visual axis reopacification', 'clear visual axis']),
 '"bag-in-the-lens"[tiab] OR (("intraocular lens*"[tiab] OR IOL[tiab]) AND (opacif*[tiab] OR "visual axis"[tiab] OR '
 'pediatric[tiab] OR paediatric[tiab] OR children[tiab] OR infancy[tiab]))',
 'effect', None, None, 'benefit', None),
("C1158", "The Haigis formula predicts toric lens astigmatism correction more accurately than the SRK/T formula",
 "Planning an astigmatism-correcting lens with the Haigis formula corrects astigmatism more accurately than the SRK/T formula",
 ("Haigis formula", ['Haigis formula', 'the Haigis formula', 'Haigis']),
 ("astigmatism correction with toric intraocular lenses", ['corneal astigmatism correction with toric intraocular lenses',
                                                          'predicting corneal astigmatism correction', 'toric IOL',
                                                          'magnitude of error', 'surgically induced astigmatism vector']),
 '((Haigis[tiab] OR "SRK/T"[tiab] OR Barrett[tiab] OR Holladay[tiab] OR "Hoffer Q"[tiab] OR formula*[tiab] OR calculator*[tiab]) '
 'AND ("intraocular lens*"[tiab] OR IOL[tiab] OR cataract[tiab])) OR "toric intraocular lens*"[tiab]',
 'effect',
 ("SRK/T formula", ['SRK/T formula', 'the SRK/T formula', 'SRK/T']),
 None, 'benefit', None),
("C1159", "Primary intraocular lens implantation works as well as secondary implantation for traumatic cataract",
 "For a cataract caused by an eye injury, putting the lens implant in at the first operation works as well as putting it in later",
 ("primary intraocular lens implantation", ['primary IOLs', 'primary IOL', 'primary intraocular lenses',
                                           'eyes receiving primary IOLs', 'primary IOL implantation']),
 ("traumatic cataract", ['traumatic cataract', 'traumatic cataracts', 'traumatic cataract from combat ocular trauma',
                         'combat ocular trauma', 'eye injuries']),
 '"traumatic cataract*"[tiab] OR "ocular trauma"[tiab] OR (("intraocular lens*"[tiab] OR IOL[tiab] OR IOLs[tiab]) AND '
 '(primary[tiab] OR secondary[tiab]))',
 'equivalence',
 ("secondary intraocular lens implantation", ['secondary IOL', 'secondary IOLs', 'secondary intraocular lenses',
                                             'eyes receiving a secondary IOL', 'secondary IOL implantation']),
 None, 'benefit', None),
("C1160", "Corneal asphericity causes refractive prediction errors after intraocular lens implantation",
 "The natural shape of the cornea throws off the lens power chosen for cataract surgery",
 ("corneal asphericity", ['corneal asphericity', 'anterior corneal surface asphericity', 'asphericity (Q-value)',
                          'Q-value', 'prolate cornea', 'oblate cornea']),
 ("refractive prediction error after cataract surgery", ['error in refraction prediction', 'refractive outcome',
                                                        'refractive outcomes', 'myopic outcome', 'hyperopic outcome']),
 '(asphericity[tiab] OR "Q-value"[tiab] OR prolate[tiab] OR oblate[tiab] OR "refraction prediction"[tiab] OR '
 '"refractive outcome*"[tiab] OR "prediction error"[tiab]) AND ("intraocular lens*"[tiab] OR IOL[tiab] OR cataract[tiab])',
 'effect', None, None, 'harm', None),
("C1161", "Femtosecond laser primary posterior capsulotomy stabilises a rotating toric intraocular lens",
 "Opening the back of the lens capsule with a laser holds a twisting astigmatism-correcting lens implant in place",
 ("femtosecond laser primary posterior capsulotomy", ['femtosecond laser-assisted primary posterior capsulotomy',
                                                     'primary posterior capsulotomy', 'posterior optic capture',
                                                     'femtosecond laser to create a primary posterior capsulotomy']),
 ("toric intraocular lens rotation", ['toric intraocular lens rotation', 'spontaneously rotated toric intraocular lens',
                                     'recurrent toric IOL rotation', 'toric IOL rotation',
                                     'toric intraocular lens fixation and stabilization']),
 'toric[tiab] OR capsulotomy[tiab] OR "optic capture"[tiab]',
 'effect', None, None, 'benefit', None),
("C1162", "Sizing a posterior chamber phakic lens by anterior segment OCT of the iris pigment layer gives a safe vault",
 "Sizing a lens implant for very short-sighted eyes from a scan of the iris gives a safe fit",
 ("phakic lens sizing by anterior segment OCT of the iris pigment layer", ['PC pIOL sizing based on iris pigment layer measurements',
                                                                          'size selected according to AS-OCT measurements',
                                                                          'distance from iris pigment end to iris pigment end',
                                                                          'AS-OCT algorithm', 'sizing based on AS-OCT']),
 ("phakic lens vault and adverse events in high myopia", ['PC pIOL vault', 'vault', 'adverse events', 'high myopia',
                                                         'myopic patients']),
 'phakic[tiab] OR myopi*[tiab] OR vault[tiab] OR "sulcus-to-sulcus"[tiab]',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
