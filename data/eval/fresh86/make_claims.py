# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 45 (2026-12-05), with LINKER_RELEASE 2026.12.102, before any project output or review for these
# claims existed: harm claims on exposures no earlier set claimed for these conditions (pleurodesis, spinal anaesthesia,
# bronchoscopy, pleural fibrinolysis, mechanical ventilation, haemodialysis): a pair-level held-out set. Synonyms name the
# claim's own exposure and condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C907", "Pleurodesis can cause arterial air embolism",
 "Pleurodesis can cause arterial air embolism",
 ("pleurodesis", ['pleurodesis', 'talc pleurodesis', 'chemical pleurodesis', 'talc poudrage']),
 ("arterial air embolism", ['air embolism', 'arterial air embolism', 'cerebral air embolism', 'gas embolism',
                            'arterial gas embolism']),
 'pleurodesis[tiab]', 'effect', None, None, 'harm', None),
("C908", "Spinal anaesthesia can cause epidural and paraspinal abscesses",
 "Spinal anaesthesia can cause epidural and paraspinal abscesses",
 ("spinal anaesthesia", ['spinal anaesthesia', 'spinal anesthesia', 'spinal block', 'subarachnoid block',
                         'neuraxial anaesthesia', 'neuraxial anesthesia']),
 ("epidural and paraspinal abscesses", ['epidural abscess', 'paraspinal abscess', 'peridural abscess',
                                        'spinal epidural abscess', 'abscess']),
 'spinal anesthesia[tiab] OR spinal anaesthesia[tiab]', 'effect', None, None, 'harm', None),
("C909", "Diagnostic bronchoscopy can cause cerebral arterial gas embolism",
 "Diagnostic bronchoscopy can cause cerebral arterial gas embolism",
 ("diagnostic bronchoscopy", ['bronchoscopy', 'diagnostic bronchoscopy', 'navigational bronchoscopy',
                              'transbronchial biopsy', 'bronchoscopic biopsy']),
 ("cerebral arterial gas embolism", ['cerebral arterial gas embolism', 'gas embolism', 'air embolism',
                                     'cerebral air embolism', 'arterial gas embolism']),
 'bronchoscop*[tiab]', 'effect', None, None, 'harm', None),
("C910", "Pleural fibrinolytic treatment can cause cerebral gas embolism",
 "Pleural fibrinolytic treatment can cause cerebral gas embolism",
 ("pleural fibrinolytic treatment", ['pleural fibrinolytic treatment', 'fibrinolytic treatment',
                                     'intrapleural fibrinolysis', 'intrapleural fibrinolytic therapy', 'urokinase',
                                     'streptokinase']),
 ("cerebral gas embolism", ['cerebral gas embolism', 'gas embolism', 'air embolism', 'cerebral air embolism']),
 'fibrinoly*[tiab]', 'effect', None, None, 'harm', None),
("C911", "Mechanical ventilation can cause air embolism",
 "Mechanical ventilation can cause air embolism",
 ("mechanical ventilation", ['mechanical ventilation', 'positive pressure ventilation', 'mechanically ventilated',
                             'ventilator', 'positive-pressure ventilation']),
 ("air embolism", ['air embolism', 'systemic air embolism', 'pulmonary air embolism', 'gas embolism',
                   'arterial air embolism']),
 'mechanical ventilation[tiab]', 'effect', None, None, 'harm', None),
("C912", "Long-term haemodialysis predisposes to psoas abscess",
 "Long-term haemodialysis predisposes patients to psoas abscess",
 ("long-term haemodialysis", ['haemodialysis', 'hemodialysis', 'dialysis', 'long-term hemodialysis',
                              'chronic hemodialysis']),
 ("psoas abscess", ['psoas abscess', 'iliopsoas abscess', 'psoas abscesses', 'iliopsoas abscesses']),
 'hemodialysis[tiab] OR haemodialysis[tiab]', 'effect', None, None, 'harm', None),
]

write_claims(C)
