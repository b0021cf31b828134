# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 53 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# reversal of tubal sterilization and live delivery (a Western Australian population-based cohort of 1,898 women,
# PMID 26207960, with a 51% five-year cumulative live-delivery rate, among chronic-endometritis, ectopic-pregnancy,
# AMH, paternal-age, meat-intake, blastocyst and frozen-embryo-transfer records), elevated late follicular-phase
# progesterone and ongoing pregnancy after intrauterine insemination (a 2,458-couple retrospective study, PMID 26171998,
# with lower ongoing pregnancy rates above 1.1 ng/mL, among an endometrial VEGF study in women with elevated progesterone
# before oocyte retrieval and a suboptimal-sperm aneuploidy study), salicylic acid and the pentose phosphate pathway of
# G6PD-deficient red cells (PMID 35, with greater inhibition in G6PD-deficient than in normal red cells, among a
# salicylate red-cell glycolysis study, a salicylate pancreatic-cancer apoptosis study and cancer-metabolism records),
# pelleted versus whole barley supplements and the intake and digestion of dried grass in sheep (PMID 36, in which
# pelleted barley lowered the rumen pH, the rumen disappearance of dried grass, its voluntary intake and fibre
# digestibility more than whole barley, among a fetal-lamb brain-stem respiration study and a caesium-in-beef survey),
# hexachlorobenzene and porphyria with liver gamma-glutamyl transpeptidase induction in rabbits (PMID 233, among a
# rabbit cholestasis GGT study, a serum GGT method and a hamster islet-cell carcinogen study) and a collagen type I
# matrix implant with microfracture versus microfracture alone for cartilage glycosaminoglycan content (a 25-patient
# prospective dGEMRIC study, PMID 32620530, with no significant difference between the two at 6, 12 and 18 months, among
# chitosan-blood implant, ceramic metal implant, hyaluronate scaffold, 12-year dGEMRIC and cartilage-imaging records).
# Synonyms name the claim's own exposure and condition, no wider. C1240 is an "as well as" claim, stated as kind
# equivalence with its comparator.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1235", "Reversal of tubal sterilization gives women under 40 about a 50% chance of live delivery within five years",
 "A woman under forty who has her tied tubes reconnected has about an even chance of having a baby within five years",
 ("reversal of tubal sterilization", ['reversal of tubal sterilization', 'tubal sterilization reversal', 'reversal of sterilization']),
 ("live delivery", ['live delivery', 'first live-delivery rates', 'cumulative live-delivery rate', 'first live deliveries',
                   'delivering a live baby']),
 '("tubal"[tiab] OR sterilization[tiab] OR sterilisation[tiab] OR "live delivery"[tiab] OR "live birth*"[tiab]) AND '
 '(women[tiab] OR pregnan*[tiab] OR fertility[tiab] OR reversal[tiab])', 'effect', None, None, 'benefit', None),
("C1236", "Elevated late follicular-phase progesterone lowers ongoing pregnancy rates after intrauterine insemination",
 "A raised progesterone level on the day of the trigger injection lowers the chance that insemination leads to an ongoing pregnancy",
 ("elevated late follicular-phase progesterone", ['late follicular-phase progesterone levels', 'P levels higher than 1.1 ng/mL',
                                                  'serum P levels on the day of hCG administration',
                                                  'P levels were elevated on the day of hCG administration']),
 ("ongoing pregnancy after intrauterine insemination", ['ongoing pregnancy rates', 'ongoing pregnancy', 'reduced success rates with IUI']),
 '(progesterone[tiab] AND (pregnan*[tiab] OR endometri*[tiab] OR hCG[tiab] OR oocyte*[tiab])) OR insemination[tiab] OR IUI[tiab]',
 'effect', None, None, 'harm', None),
("C1237", "Salicylic acid inhibits the pentose phosphate pathway more in G6PD-deficient red cells than in normal red cells",
 "Aspirin's breakdown product hits the red cells of people with G6PD deficiency harder than normal red cells",
 ("salicylic acid", ['salicylic acid', 'o-salicylate', 'the major metabolite of aspirin']),
 ("pentose phosphate pathway inhibition in G6PD-deficient red cells", ['inhibition of the PPP in G6PD-deficient red cells', 'pentose phosphate pathway',
                                                                     'PPP', 'G6PD-deficient red cells']),
 'salicyl*[tiab] OR G6PD[tiab] OR "glucose-6-phosphate dehydrogenase"[tiab] OR "pentose phosphate"[tiab]', 'effect', None, None, 'harm', None),
("C1238", "Pelleted barley supplements reduce the intake and digestion of dried grass in sheep more than whole barley",
 "For sheep, pelleted barley cuts how much hay they eat and digest more than whole barley does",
 ("pelleted barley supplements", ['pelleted barley', 'processing of barley-based supplements', 'pelleted barley/kg live weight']),
 ("reduced intake and digestion of dried grass", ['voluntary intake of dried grass', 'rate of disappearance of dried grass',
                                                 'digestibility of acid-detergent fibre', 'reduced intake of dried grass']),
 'barley[tiab] OR rumen[tiab] OR lambs[tiab] OR ((sheep[tiab] OR cattle[tiab] OR livestock[tiab]) AND (diet*[tiab] OR intake[tiab] OR digest*[tiab] OR '
 'feed*[tiab] OR grass[tiab] OR meat[tiab] OR beef[tiab]))', 'effect',
 ("whole barley", ['whole barley']),
 None, 'harm', ['sheep']),
("C1239", "Hexachlorobenzene induces porphyria with liver gamma-glutamyl transpeptidase induction in rabbits",
 "In rabbits, the fungicide hexachlorobenzene brings on porphyria and stirs up liver enzymes",
 ("hexachlorobenzene", ['hexachlorobenzene', 'administration of hexachlorobenzene', 'hexachlorobenzene-induced']),
 ("porphyria with liver enzyme induction", ['experimental hexachlorobenzene porphyria', 'porphyria', 'increased serum gamma-GT activity',
                                           'hexachlorobenzene-induced gamma-GT formation in the liver', 'delta-aminolevulinic acid synthase']),
 'hexachlorobenzene[tiab] OR porphyri*[tiab] OR "gamma-glutamyl transpeptidase"[tiab] OR GGT[tiab]', 'effect', None, None, 'harm', ['rabbit']),
("C1240", "A collagen type I matrix implant combined with microfracture restores cartilage glycosaminoglycan content as well as microfracture alone",
 "A collagen implant laid over the microfracture holes gives knee cartilage as healthy as microfracture alone",
 ("collagen type I matrix implant with microfracture", ['implantation of biological collagen type I matrix implants',
                                                        'scaffold implantation in combination with microfractures', 'implants']),
 ("cartilage glycosaminoglycan content after repair", ['content of glycosaminoglycans chains', 'GAGs content', 'GAGs concentration',
                                                       'cartilage quality', 'decline in cartilage quality']),
 '(dGEMRIC[tiab] OR "delayed gadolinium"[tiab] OR glycosaminoglycan*[tiab] OR GAGs[tiab]) AND microfracture*[tiab]', 'equivalence',
 ("microfracture alone", ['microfractures', 'microfracture treatment', 'chondral defect treatment by microfractures']),
 None, 'benefit', None),
]

write_claims(C)
