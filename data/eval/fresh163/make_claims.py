# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 60 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair:
# CAMPAS-PX2 multivariate analysis of serum tumour markers against CA19-9 alone and the differential diagnosis of
# pancreatic cancer from benign pancreatic disease (a prospective multicenter trial in 243 patients suspected of having
# pancreatic cancer, 27 of whom turned out to have it, PMID 10211418, typed Clinical Trial and Multicenter Study, with
# positive in disease, negative in health and the area under the ROC curve significantly higher by CAMPAS-PX2, 89, 87 and
# 91%, than by CA19-9, 78, 82 and 84%, the most sensitive of the 23 markers, the authors adding that the improvement is
# still not satisfactory and that a sensitive marker combined with another modality such as ultrasonography may be more
# practical; no earlier claim's eligible records held it, the earlier queries that met it were about obstructive jaundice
# and CA19-9 and about imaging for the diagnosis of pancreatic cancer; among CEA in pancreatic juice, K-ras, p53 and
# HER-2/neu in pancreatic lesions, CA19-9 in obstructive jaundice, FISH in pancreatic ductal adenocarcinoma, two studies
# of serum neopterin in pancreatic cancer, an intrapancreatic accessory spleen and TUM2-PK against CA19-9 and CEA),
# 3.0 T multiparametric MRI tumour staging against clinical staging by digital rectal examination and transrectal
# ultrasound and radiotherapy decisions in prostate cancer (a cohort of 274 prostate cancer patients staged with mpMRI
# to refine radiotherapy decisions, 90 of them validated against pathological staging after surgery, PMID 26702378, with
# 32.8% assigned to a different risk group after mpMRI, more intermediate-risk, 46.4 against 59.5%, and high-risk, 19.0
# against 28.8%, patients identified, a higher indication, p < 0.05, of seminal vesicle irradiation, of extracapsular
# disease within the target volume, of higher doses and of hormonal therapy with radiotherapy, and global accuracy higher
# for mpMRI than for DRE/TRUS, p < 0.05; no earlier claim's eligible records held it, the earlier query that met it was
# about radical radiotherapy for prostate cancer; among CD146 in prostate cancer, a PTEN immunohistochemical assay, Axl
# in prostate cancer, adverse pathology at radical prostatectomy, androgen receptor phosphorylation and eIF4E, MRI after
# experimental brain injury in rats, multiparametric MR monitoring of knee cartilage lesions and a few records that only
# mention the words),
# pictogram-based patient information leaflets and the knowledge of haemodialysis patients (a quasi-experimental pre- and
# post-test study without a control group in 81 haemodialysis patients, PMID 26702256, the leaflets prepared from
# primary, secondary and tertiary sources, validated by three nephrologists and two academic pharmacists and laid out to
# the Baker Able Leaflet Design, with the overall knowledge assessment score improved from 44.25 to 69.62, p < 0.001,
# and the users rating content and legibility as good; no earlier claim's eligible records held it, the earlier queries
# that met it were about pharmacist counselling and patient satisfaction and about long-term haemodialysis and psoas
# abscess; among pregabalin for uraemic pruritus in haemodialysis patients, fluid volume in haemodialysis patients, the
# public's view of pharmacists in Oman, asthma patients' medication beliefs in primary care visits, psoas abscesses in
# dialysis patients and a few records that only mention the words),
# immunosuppression after kidney transplantation and an Aspergillus infection with a pseudoaneurysm of the iliac artery
# (a case report of a patient one year after a cadaveric renal transplant, on steroids, tacrolimus and mycophenolate
# mofetil, with a multilobulated abscess in the right iliac fossa growing Aspergillus and a pseudoaneurysm of the
# internal iliac artery, PMID 20028648, the authors naming the immunosuppression a possible risk factor for the fungal
# infection and suggesting graft removal once pseudoaneurysm with aspergillosis presents; no earlier claim's eligible
# records held it, the earlier queries that met it were about antifungal therapy for invasive Aspergillus infections and
# intra-abdominal abscess after liver resection; among an Aspergillus epidural abscess, Aspergillus myositis in an
# immunocompetent patient, an Aspergillus iliopsoas abscess, a nocardial epidural abscess, anti-aspergillus
# immunohistochemistry, mechanical circulatory support as a bridge to transplantation, complications of lung
# radiofrequency ablation and a soil fungistasis study),
# anterior chamber depth measured by optical low-coherence reflectometry against partial coherence interferometry in
# pseudophakic eyes (a prospective case series of 65 pseudophakic eyes measured with the PCI-based ACMaster and the
# OLCR-based Lenstar LS900, PMID 26432125, with no valid OLCR reading in 15 eyes, no significant difference in mean depth
# in the other 50, 5019 against 5015 micrometres, p = .06, 3 of 50 outside the Bland-Altman limits of agreement, and
# the authors concluding the two devices can be used interchangeably, OLCR being faster and more user-friendly; no
# earlier claim's eligible records held it, the earlier queries that met it were about tear hyperosmolarity and
# keratometry and about hyaluronic acid eye drops after cataract surgery; among corneal asphericity and refractive
# outcome, toric lens outcome prediction, phakic lens sizing by anterior segment OCT, tear osmolarity and keratometry, a
# rabbit intraocular lens study, lens injector force and anterior chamber changes after infant cataract surgery), and
# siRNA silencing of the long noncoding RNA NRCP in DOPC nanoparticles against control treatment and ovarian tumour growth
# in mice (a laboratory study in which NRCP was upregulated in ovarian tumours and its knockdown raised apoptosis and
# lowered proliferation and glycolysis in cancer cells, PMID 26686630, and in an orthotopic mouse model of ovarian cancer
# siNRCP delivered in a liposomal carrier significantly reduced tumour growth compared with control treatment; no earlier
# claim's eligible records held it, the earlier queries that met it were about liposomal vincristine and about long
# non-coding RNAs in hepatitis B-related liver cancer; among FK317 in nude mice, lobaplatin, NSAIDs with NF-kB
# inhibitors in ovarian cancer, c-FLIP in ovarian carcinoma effusions, CA-125 and HE4 in ovarian tumours, ovarian cancer
# susceptibility loci, endometriosis and ovarian cancer, p53 in cisplatin-resistant ovarian tumour cells, CXCR7/CXCL11
# in ovarian cancer, lncRNAs in HBV-related liver cancer and in thyroid carcinoma and a few records that only mention the
# words). Synonyms name the claim's own exposure and condition, no wider. C1367 and C1368 are comparative effect claims
# with their comparators, C1367 resting on a prospective multicenter diagnostic trial and C1368 on a cohort compared
# with its own clinical staging; C1369 is an effect claim without a comparator resting on a pre- and post-test study;
# C1370 is a harm claim resting on a case report; C1371 is a head-to-head equivalence claim resting on a prospective
# comparison of two devices in the same eyes; C1372 is about mice.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1367", "CAMPAS-PX2 multivariate analysis of serum tumour markers tells pancreatic cancer from benign pancreatic disease more accurately than CA19-9 alone",
 "a computer analysis that weighs many blood tumour markers together picks out the cancer more accurately than the single marker CA19-9 on its own",
 ("CAMPAS-PX2 multivariate analysis of serum tumour markers", ['CAMPAS-PX2', 'multivariate analysis of CAMPAS-PX2',
                                                              'computer-aided multivariate and pattern analysis system for pancreatic cancer examination 2']),
 ("differential diagnosis of pancreatic cancer from benign pancreatic disease", ['differential diagnosis of pancreatic cancer', 'pancreatic cancer',
                                                                                'benign pancreatic diseases']),
 '(marker*[tiab] OR "CA19-9"[tiab] OR "CA 19-9"[tiab] OR CEA[tiab] OR "carcinoembryonic antigen"[tiab]) AND (pancreatic[tiab] OR pancreas[tiab]) AND '
 '(cancer[tiab] OR carcinoma[tiab] OR adenocarcinoma[tiab]) AND (diagnos*[tiab] OR pancreatitis[tiab] OR benign[tiab])', 'effect',
 ("CA19-9 alone", ['CA19-9', 'CA 19-9']), None, 'benefit', None),
("C1368", "Multiparametric MRI stages prostate cancer more accurately than clinical staging and changes radiotherapy decisions",
 "staging the tumour with a multiparametric MRI scan is more accurate than the finger examination and ultrasound used before, and it changes the radiotherapy plan",
 ("3.0 T multiparametric MRI tumour staging", ['multiparametric magnetic resonance imaging (mpMRI)', 'mpMRI tumour category (mT-category)', 'mpMRI tumor staging']),
 ("tumour staging and radiotherapy decisions in prostate cancer", ['prostate cancer', 'radiotherapy (RT) treatment decisions', 'tumor staging']),
 '((prostate[tiab] OR prostatic[tiab]) AND (cancer[tiab] OR carcinoma[tiab] OR adenocarcinoma[tiab] OR radiotherapy[tiab] OR staging[tiab])) OR '
 'multiparametric[tiab] OR mpMRI[tiab]', 'effect',
 ("clinical tumour staging by digital rectal examination and transrectal ultrasound", ['conventional clinical tumour category (cT-category)', 'cT-category',
                                                                                        'DRE/TRUS']), None, 'benefit', None),
("C1369", "Pictogram-based patient information leaflets improve the knowledge of haemodialysis patients",
 "a leaflet that explains your medicines, your illness and your diet with pictures leaves you knowing clearly more about them than you did before you read it",
 ("pictogram-based patient information leaflets", ['pictogram-based patient information leaflets (P-PILs)', 'P-PILs', 'patient information leaflets']),
 ("knowledge of haemodialysis patients", ['hemodialysis (HD) patients', 'user-testing knowledge assessment scores']),
 'leaflet*[tiab] OR pictogram*[tiab] OR "patient information"[tiab] OR "patient education"[tiab] OR ((hemodialysis[tiab] OR haemodialysis[tiab]) AND patients[tiab]) OR '
 '((knowledge[tiab] OR educational[tiab]) AND (pharmacist*[tiab] OR medication*[tiab]))', 'effect', None, None, 'benefit', None),
("C1370", "Immunosuppression after kidney transplantation can lead to an Aspergillus infection with a pseudoaneurysm of the iliac artery",
 "After a kidney transplant, the drugs that stop your body rejecting the new kidney can open the door to an Aspergillus fungal infection, which in rare cases eats into the artery of the pelvis and forms a pseudoaneurysm",
 ("immunosuppression after kidney transplantation", ['kidney transplantation', 'renal transplantation', 'steroids, tacrolimus and mycophenolate mofetil']),
 ("Aspergillus infection with pseudoaneurysm of the iliac artery", ['Aspergillus infection', 'pseudoaneurysm of the internal iliac artery', 'aspergillosis',
                                                                  'fungal infection']),
 '(Aspergill*[tiab] OR aspergillosis[tiab]) OR ((kidney[tiab] OR renal[tiab]) AND transplant*[tiab] AND (infection*[tiab] OR abscess*[tiab] OR pseudoaneurysm*[tiab]))',
 'effect', None, None, 'harm', None),
("C1371", "Optical low-coherence reflectometry measures anterior chamber depth in pseudophakic eyes as well as partial coherence interferometry",
 "measuring the depth of the front chamber of your eye with the newer optical low-coherence reflectometry device is as good as measuring it with the older partial coherence interferometry device",
 ("optical low-coherence reflectometry", ['OLCR', 'Lenstar LS900', 'OLCR-based Lenstar LS900 device']),
 ("anterior chamber depth measurement in pseudophakic eyes", ['anterior chamber depth (ACD)', 'pseudophakic ACD measurements']),
 '"anterior chamber"[tiab] OR biometr*[tiab] OR interferometry[tiab] OR reflectometry[tiab] OR ((pseudophak*[tiab] OR cataract[tiab] OR "intraocular lens*"[tiab]) AND '
 '(measurement*[tiab] OR measured[tiab] OR device*[tiab] OR agreement[tiab]))', 'equivalence',
 ("partial coherence interferometry", ['PCI', 'ACMaster', 'PCI-based ACMaster device']), None, 'benefit', None),
("C1372", "Silencing the long noncoding RNA NRCP with siRNA nanoparticles slows ovarian tumour growth in mice",
 "In mice with ovarian cancer, silencing a long noncoding RNA called NRCP with small interfering RNA packed in fatty nanoparticles makes the tumours grow less than a control treatment does",
 ("siRNA silencing of the long noncoding RNA NRCP in DOPC nanoparticles", ['siNRCP', 'DOPC nanoparticle-incorporated siRNA-mediated silencing',
                                                                         'knockdown of NRCP']),
 ("ovarian tumour growth", ['ovarian cancer', 'tumor growth', 'orthotopic mouse model of ovarian cancer']),
 '((ovarian[tiab] OR ovary[tiab]) AND (cancer[tiab] OR tumor*[tiab] OR tumour*[tiab] OR carcinoma[tiab])) OR lncRNA*[tiab] OR "long noncoding RNA*"[tiab] OR '
 '"long non-coding RNA*"[tiab] OR ceruloplasmin[tiab]', 'effect',
 ("control treatment", ['control treatment']), None, 'benefit', ['mouse']),
]

write_claims(C)
