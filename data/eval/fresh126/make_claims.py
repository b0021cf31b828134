# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 51 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing, on
# eye surgery: a posterior chamber phakic intraocular lens for high myopia (a 30-eye three-year series, among phakic lens
# sizing, wavefront LASIK and trifocal lens records), femtosecond laser versus mechanical microkeratome flap creation for
# hyperopic LASIK (a 125-eye comparison, among femtosecond cataract surgery, lenticule extraction and inlay records),
# femtosecond-assisted LASIK for hyperopia after radial keratotomy (an 18-eye series, among other LASIK and keratotomy
# records), a protective membrane with an intraocular lens versus the lens alone for capsular bag opacification (a
# rabbit study, among capsular tension ring, bag-in-the-lens and lens injector records), transepithelial phototherapeutic
# keratectomy versus mechanical epithelial removal before corneal crosslinking and early complications (a 499-eye
# comparison, among keratitis records and cartilage scaffold crosslinking studies) and tear hyperosmolarity and the
# repeatability of keratometry for cataract surgery (a 75-subject comparison, among biometry, tear-film and
# intraocular lens formula records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1145", "A posterior chamber phakic intraocular lens corrects high myopia safely",
 "A lens implanted in front of the eye's own lens corrects very strong short-sightedness safely for years",
 ("posterior chamber phakic intraocular lens", ['posterior chamber phakic intraocular lens', 'PC pIOL', 'phakic intraocular lens',
                                               'Epi.Lens N', 'PC pIOL implantation']),
 ("high myopia", ['high myopia', 'highly myopic eyes', 'highly myopic patients']),
 'phakic[tiab] OR myopi*[tiab] OR ("intraocular lens"[ti] AND (refractive[tiab] OR safety[tiab]))',
 'effect', None, None, 'benefit', None),
("C1146", "Femtosecond laser flap creation gives a more predictable and stable hyperopic LASIK correction than a mechanical microkeratome",
 "For laser correction of long-sightedness, cutting the corneal flap with a femtosecond laser gives a more stable result than a mechanical blade",
 ("femtosecond laser flap creation", ['femtosecond laser flap creation', 'femtosecond laser', 'LDV femtosecond laser',
                                     'flap creation performed with the femtosecond laser', 'femtosecond laser group']),
 ("refractive predictability and stability of hyperopic LASIK", ['hyperopic LASIK', 'hyperopic laser in situ keratomileusis',
                                                                'refractive predictability and stability', 'mild to moderate hyperopia',
                                                                'mean SE deviation from target']),
 'femtosecond[tiab] OR microkeratome[tiab] OR LASIK[tiab] OR keratomileusis[tiab]', 'effect',
 ("mechanical microkeratome", ['mechanical microkeratome', 'microkeratome', 'Moria M2 microkeratome', 'microkeratome group']),
 None, 'benefit', None),
("C1147", "Femtosecond-assisted LASIK corrects hyperopia after radial keratotomy",
 "Laser eye surgery can correct the long-sightedness that develops years after radial keratotomy",
 ("femtosecond-assisted LASIK", ['femtosecond-assisted laser in situ keratomileusis', 'femtosecond-assisted LASIK',
                                'laser in situ keratomileusis with a low-energy femtosecond laser', 'femtosecond LASIK']),
 ("hyperopia after radial keratotomy", ['consecutive hyperopia after radial keratotomy', 'hyperopic shift after radial keratotomy',
                                       'post-RK hyperopia', 'hyperopic shift after RK']),
 'keratotomy[tiab] OR hyperop*[tiab] OR "laser in situ keratomileusis"[tiab]', 'effect', None, None, 'benefit', None),
("C1148", "A protective membrane implanted with an intraocular lens prevents capsular bag opacification compared with the lens alone",
 "A protective membrane placed with the lens implant keeps the eye's lens capsule clear after cataract surgery",
 ("protective membrane with an intraocular lens", ['protective membrane', 'smooth protective membrane', 'patterned protective membrane',
                                                   'silicone protective membrane', 'protective membrane and an IOL']),
 ("capsular bag opacification", ['capsular bag opacification', 'posterior capsule opacification', 'PCO',
                                 'central posterior capsule opacification', 'Soemmerring ring formation']),
 '"posterior capsule opacification"[tiab] OR "capsular bag"[tiab] OR "capsule opacification"[tiab] OR reopacification[tiab] '
 'OR (rabbit*[tiab] AND (lens[tiab] OR cornea*[tiab] OR ocular[tiab]))', 'effect',
 ("intraocular lens alone", ['IOL alone', 'intraocular lens alone', 'eyes with the IOL alone', 'IOLs without the membrane']),
 None, 'benefit', None),
("C1149", "Transepithelial phototherapeutic keratectomy before corneal crosslinking causes more early complications than mechanical epithelial removal",
 "Removing the corneal surface with a laser before crosslinking for keratoconus causes more healing problems than scraping it off",
 ("transepithelial phototherapeutic keratectomy before crosslinking", ['transepithelial phototherapeutic keratectomy',
                                                                     'transepithelial PTK', 'PTK epithelial removal',
                                                                     'transepithelial PTK followed by CXL']),
 ("early complications of corneal crosslinking for keratoconus", ['delayed epithelial healing', 'epithelial hypertrophy',
                                                                  'short-term complications of corneal collagen crosslinking',
                                                                  'complications occurring within the first 3 months of CXL',
                                                                  'complications of CXL in progressive keratoconus']),
 'crosslinking[tiab] OR cross-linking[tiab] OR CXL[tiab] OR keratoconus[tiab] OR keratectomy[tiab] OR keratitis[tiab]', 'effect',
 ("mechanical epithelial removal", ['mechanical epithelial removal', 'mechanical epithelial removal followed by CXL',
                                    'mechanical epithelial removal group']),
 None, 'harm', None),
("C1150", "Tear hyperosmolarity makes keratometry for cataract surgery planning less repeatable",
 "An over-concentrated tear film makes the measurements for choosing a cataract lens less reliable",
 ("tear hyperosmolarity", ['tear hyperosmolarity', 'hyperosmolar tears', 'tear osmolarity more than 316 mOsm/L',
                           'hyperosmolar group', 'elevated tear osmolarity']),
 ("variability of keratometry for cataract surgery planning", ['repeatability of keratometry', 'variability in the average K reading',
                                                               'variability in keratometry measurements',
                                                               'variability in IOL power calculations',
                                                               'difference in measured corneal astigmatism']),
 'osmolarity[tiab] OR hyperosmolar*[tiab] OR "dry eye"[tiab] OR "tear film"[tiab] OR tear-film[tiab] OR keratometry[tiab] '
 'OR keratometric[tiab] OR "refractive outcome*"[tiab] OR "IOL power"[tiab]', 'effect', None, None, 'harm', None),
]

write_claims(C)
