"""The cues in a job mail that may name its employer, each with a weight.

Imports `records`, `detect.ats`, `detect.names` (the shape of a name), `detect.spelling`
(how a message spells an address label), `detect.fullname` (an acronym spelled out),
`detect.phrases` and `detect.signature` (signature-block cues); pure. `detect.company`
weighs the cues this module finds: the sender's display name ("Acme via Greenhouse", "RRHH
Laboratorios Olmeda"), the labels of the mail's addresses (an ATS's, the employer's own
domain, the author of a forward), the subject ("Your application to Acme") and the body's
sign-offs and placings ("the Acme team", "the Backend role at Acme").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import pairwise

from assistant.detect.ats import (
    RELAYS,
    SCHEDULERS,
    ats_company_label,
    ats_of,
    domain_of,
    employer_label,
    is_free_mail,
    is_no_reply,
    is_team_mailbox,
    platform_of,
    registered_label,
    writes_as_bot,
)
from assistant.detect.fullname import spelled_acronym
from assistant.detect.names import (
    FUNCTION,
    INSTITUTION_WORDS,
    LEGAL_SUFFIX,
    MEETING_COMPOUND,
    NAME,
    TEAM,
    TEAM_WORD,
    UNIT,
    W,
    clean,
    company_key,
    is_person_name,
    is_talent_firm,
    squash,
    without_prefixes,
)
from assistant.detect.phrases import finditer_from, fold, has_all, unwrap
from assistant.detect.places import is_place
from assistant.detect.signature import AT_PLACE, BODY_NAME, is_unit_line, signature_cues
from assistant.detect.spelling import Runs, spell, spell_domain
from assistant.records import Address, Email

_ATS_NAMES = (
    r"greenhouse|lever|workday|smartrecruiters|icims|ashby|teamtailor|personio|workable|"
    r"recruitee|bamboohr|jobvite|jazzhr|breezy|taleo|successfactors|pinpoint|softgarden|join"
)
_DISPLAY = (
    re.compile(rf"^(?P<c>.+?)\s+via\s+(?:{_ATS_NAMES})\b", re.IGNORECASE),
    # ("ACBF e-Recruitment": the "e-" is the unit's.)
    # ("HSE National Recruitment Service": the service serves the whole body.)
    re.compile(rf"^(?:the\s+)?(?P<c>[^|]+?)(?:\s+e-|[\s\-]+)(?:(?:national|central|corporate)\s+)?"
               rf"(?:{TEAM})(?:[\s\-]+(?:team|acquisition|services?))*$",
               re.IGNORECASE),
    re.compile(rf"^(?:das\s+|l'[ée]quipe\s+|el\s+equipo\s+de\s+|equipo\s+de\s+)?(?:{TEAM})"
               rf"(?:[\s\-]+team)?\s+(?:at|@|bei|von|de|chez|en|del|of)\s+(?P<c>.+)$",
               re.IGNORECASE),
    re.compile(rf"^(?:service\s+|servicio\s+|departamento\s+|d[ée]partement\s+|abteilung\s+|ufficio\s+)?"
               rf"(?i:{TEAM})(?i:\s+(?:desk|team|department|dept\.?|office|unit|center|centre|hub))?"
               rf"(?:\s*[-–|:·]\s*|\s+)(?P<c>[A-Z0-9ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÑÁÍÓÚ].+)$"),
    re.compile(r"^[^|(@]+?\s+(?:at|@|from|bei|von|chez|de chez|\||-|–|·)\s+(?P<c>[A-Z0-9].+)$"),
    re.compile(r"^[^(]+\((?!via\b)(?P<c>[^)]+)\)$"),
)
# "Acme Robotics: next steps", "Corvid Games | Interview"; but what a subject "X - Dublin"
# opens with is a job's title at that place ("CRA II - Dublin"), not an employer.
_TITLE_AT_PLACE = re.compile(rf"^(?P<c>{NAME})\s*(?::|\||\s[-–]\s)")
_SUBJECT = tuple(re.compile(p) for p in (
    rf"(?i:application|applying|interview|interviewing|offer|candidacy|round|call|chat|conversation|meeting|screen|process|opportunity|sent)\s+(?i:successfully\s+)?(?i:to|at|with)\s+(?P<c>{NAME})",
    rf"\s(?i:at|@)\s+(?P<c>{NAME})\s*(?:[-–|:!,(]|$)",
    rf"(?i:bewerbung|vorstellungsgespr[äa]ch|gespr[äa]ch|interview)\s+(?:[^:]*?\s)?(?i:bei|beim|an|mit)\s+(?:der\s+|die\s+|dem\s+)?(?P<c>{NAME})",
    rf"(?i:candidature|entretien)\s+(?:[^:]*?\s)?(?i:chez|au sein de|à|a|avec)\s+(?P<c>{NAME})",
    rf"(?i:candidatura|solicitud|entrevista|postulaci[óo]n)\s+(?:[^:]*?\s)?(?i:en|a|para|con)\s+(?P<c>{NAME})",
    rf"(?:^|:\s*)(?P<c>{NAME})\s*<>\s",
    _TITLE_AT_PLACE,  # (compiled already: re.compile hands it back as it is)
    # ...but "Candidature - Ops & Supply": what the reader applied for is a job.
    rf"^(?!(?i:(?:your|votre|ta|ihre|deine|tu|su)\s+)?(?i:application|candidature|bewerbung|"
    rf"candidatura|postulaci[óo]n|solicitud)\s*(?:\||[-–])[^|\-–]*$)"
    rf".*?(?:\||\s[-–]\s)\s*(?P<c>{NAME})\s*$",
    # "Atlas Freight interview - postponed", "Acme offer": the employer before the event.
    rf"^(?P<c>{NAME})\s+(?i:interview|interviews|application|offer|role|position|opportunity|process|onsite|on-site|panel)\b",
))
# A pattern runs only when its text has one word of each group, lower-cased (speed).
_BODY_NEEDLES: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("interest in", "applying to", "applying at", "application to", "application at",
      "applied to", "applied at", "thinking of", "sent to", "working for", "working at",
      "work for", "work at"),),
    (("application for", "applied for", "applying for", "stage for", "vacancy for",
      "post of", "role of", "position of", "applying to", "applied to"), (" at ", " with the ")),
    (("team",),),
    (("team", "recruiting"), ("ihr", "dein", "euer", "das")),
    (("quipe",),),
    (("equipo",),),
    (("interesse", "interés", "interes ", "interes\t", "intérêt"),),
    (("bewerbung",),),
    (("candidature",),),
    (("candidatura",),),
    (('"', "“", "«"), (" de ", " du ", " at ", " bei ", " chez ", " en ", " with ")),
    (("|", ",", " - ", " – ", " · "),),
    ((" - ", " – ", " — ", " · "),),
    (("|",),),
)
_SUBJECT_STARTS: tuple[tuple[str, ...], ...] = (
    ("application", "applying", "interview", "offer", "candidacy", "round", "call", "chat",
     "conversation", "meeting", "screen", "process", "opportunity", "sent"),
    (), ("bewerbung", "vorstellungsgespräch", "vorstellungsgesprach", "gespräch", "gesprach",
         "interview"),
    ("candidature", "entretien"), ("candidatura", "solicitud", "entrevista", "postulación",
                                   "postulacion"),
    (), (), (), (),
)
# Characters each subject pattern cannot match without (one of each group).
_SUBJECT_NEEDLES: tuple[tuple[tuple[str, ...], ...], ...] = (
    (), (("at", "@"),), (), (), (), (("<>",),), ((":", "|", "-", "–"),), (("|", "-", "–"),),
    (("interview", "application", "offer", "role", "position", "opportunity", "process",
      "onsite", "on-site", "panel"),),
)
# Where each body pattern can start (its opening words, lower-cased), for
# `phrases.finditer_from`; a one-line pattern (`_ONE_LINE`) is tried on lines with a
# separator only.
_BODY_STARTS: tuple[tuple[str, ...], ...] = (
    ("interest in", "applying to", "applying at", "application to", "application at",
     "applied to", "applied at", "thinking of", "was sent to", "were sent to", "been sent to",
     "working for", "working at", "work for", "work at"),
    ("application for", "applied for", "applying for", "stage for", "vacancy for", "post of",
     "role of", "position of", "applying to", "applied to"),
    ("the",), ("ihr", "dein", "euer", "das"), ("l'équipe", "l’équipe", "l'equipe", "l’equipe"),
    ("el equipo de",), ("interesse", "interés", "interes", "intérêt"), ("bewerbung",),
    ("candidature",), ("candidatura",), ('"', "“", "«"), (), (), (),
)
_FIELDS = "role|position|job title|title|poste|stelle|puesto|team|équipe|equipo"
# A state or province abbreviated with full stops, as Mexican and American listings write it
# after the town: "Querétaro, Qro.", "Monterrey, N.L.", "Edo. Méx.", "Sarasota, Fla.".
_STATE_DOTTED = r"(?:[A-Z][^\W\d_]{0,4}\.[^\S\n]?){1,2}"
_BODY = tuple(re.compile(p, re.MULTILINE) for p in (
    # ... and a job board's "Your application was sent to Acme".
    rf"(?i:interest in|applying to|applying at|application to|application at|applied to|applied at|interest in joining|interest in working at|thinking of|was sent to|were sent to|been sent to|working for|working at|work for|work at)[^\S\n]+(?P<c>{NAME})",  # noqa: E501
    # "Your application for Lead Nurse, Patient Flow (274-SNT-5802) at Severnside NHS Trust".
    # "... Adviser (384122) with the Department of Health": a public body takes "the".
    # "successful at the sift stage for Data Analyst - 391004 with the UK Health Agency".
    # "applying to Training Specialist, GS-1712-11, with the Department of ...".
    rf"(?i:application for|applied for|applying for|stage for|vacancy for|post of|role of|"
    rf"position of|applying to|applied to)[^\S\n]+[^\n]{{0,80}}?[^\S\n]"
    rf"(?i:at(?:[^\S\n]+the)?|with[^\S\n]+the)[^\S\n]+(?P<c>{NAME})",
    rf"(?i:the)[^\S\n]+(?P<c>{NAME})[^\S\n]+(?i:recruiting|talent|hiring|recruitment|people|hr|careers)?[^\S\n]*(?i:team)\b",
    # (A space or a hyphen parts the name from its team: "das Dispositionsteam" is a unit.)
    rf"(?i:ihr|dein|euer|das)[^\S\n]+(?P<c>{NAME})(?:[^\S\n]+|[^\S\n]*-[^\S\n]*)(?i:team|recruiting)",
    # (The unit may name its organisation with an article: "L'équipe Talent Acquisition du
    # Groupe X", "el equipo de selección del Grupo X".)
    rf"(?i:l'[ée]quipe|l’[ée]quipe)[^\S\n]+(?:(?i:recrutement|rh|talent acquisition|talent|ressources humaines)[^\S\n]+(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+|du[^\S\n]+|des[^\S\n]+|d')?|(?i:{FUNCTION})[^\S\n]+(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+|du[^\S\n]+|des[^\S\n]+|d'))?(?P<c>{NAME})",  # noqa: E501
    rf"(?i:el equipo de)[^\S\n]+(?:(?i:selecci[óo]n|talento|rrhh|reclutamiento)[^\S\n]+(?:de[^\S\n]+la[^\S\n]+|del[^\S\n]+|de[^\S\n]+)?|(?i:{FUNCTION})[^\S\n]+(?:de[^\S\n]+la[^\S\n]+|del[^\S\n]+|de[^\S\n]+))?(?P<c>{NAME})",  # noqa: E501
    # ... "l'intérêt que vous portez au Groupe X", "el interés que has mostrado en X".
    rf"(?i:interesse|interés|interes|intérêt)(?:[^\S\n]+(?i:que[^\S\n]+(?:vous[^\S\n]+portez|"
    rf"tu[^\S\n]+portes|vous[^\S\n]+avez[^\S\n]+port[ée]e?|tu[^\S\n]+as[^\S\n]+port[ée]e?|"
    rf"(?:has|ha|han)[^\S\n]+(?:mostrado|demostrado|manifestado))))?[^\S\n]+"
    rf"(?i:an|bei|en|por|pour|hacia|à|au|aux)[^\S\n]+"
    rf"(?:der[^\S\n]+|la[^\S\n]+|el[^\S\n]+|l['’])?(?P<c>{NAME})",
    rf"(?i:bewerbung)[^\S\n]+(?:[^.\n]{{0,60}}?[^\S\n])?(?i:bei)[^\S\n]+(?:der[^\S\n]+)?(?P<c>{NAME})",
    rf"(?i:candidature)[^\S\n]+(?:[^.\n]{{0,60}}?[^\S\n])?(?i:chez)[^\S\n]+(?P<c>{NAME})",
    rf"(?i:candidatura)[^\S\n]+(?:[^.\n]{{0,60}}?[^\S\n])?(?i:en)[^\S\n]+(?P<c>{NAME})",
    # A job board names the listing, then its employer: 'la oferta "Data Engineer" de Acme'.
    # ... with its article: « Technicien » de la Clinique du Parc, "Analyst" at the Met Office.
    rf"[\"“«][^\"”»\n]{{3,80}}[\"”»][^\S\n]+(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+l['’]|"
    rf"(?:de|du|des|at|bei|chez|en|with)[^\S\n]+(?:(?i:the|der|die)[^\S\n]+)?)(?P<c>{NAME})",
    # ...but not a field line: "Role: Senior Backend Engineer, Payments" names a team.
    rf"^(?!(?i:[^\S\n]*[-•*]?[^\S\n]*(?:{_FIELDS})[^\S\n]*:))"
    rf"[^\S\n]*[^\n|,·]{{2,60}}(?:[^\S\n][|\-–·][^\S\n]|,[^\S\n])(?!(?:[A-Z]{{2}}|{_STATE_DOTTED})[^\S\n]*$)(?P<c>{NAME})\.?[^\S\n]*$",
    # A job board's listing line, "Birchline Dental Group - Columbus, OH": employer, place.
    # ... or "Corporativo Ledesma - Ciudad de México, CDMX", "... - Sydney, NSW", and in
    # France with the département, "Batival Industries — Montauban (82)".
    rf"^[^\S\n]*(?P<c>{NAME})[^\S\n]+[-–—·][^\S\n]+[A-Z][\w .'\-]*"
    rf"(?:,[^\S\n]*(?:[A-Z]{{2,4}}|{_STATE_DOTTED})|[^\S\n]+\(\d{{2,3}}\))[^\S\n]*"
    rf"(?:\([\w -]+\)[^\S\n]*)?$",  # "... Denver, CO (Hybrid)"
    rf"^[^\S\n]*(?P<c>{NAME})[^\S\n]*\|[^\S\n]*[\w.\-]+\.[a-z]{{2,}}[^\S\n]*$",
))
# "the Backend role at Lattice Payments", "hier bei Nordlicht", "l'équipe chez Pivoine": a
# job or a team placed at an organisation. A weak cue (a city fits the pattern as well) that
# counts when the domain or a signature agrees, or when nothing else names the employer.
_PLACE_STARTS = ("role", "position", "job", "opening", "vacancy", "team", "interview", "here",
                 "opportunity", "stelle", "poste", "entretien", "puesto", "equipo", "équipe",
                 "equipe", "hier", "ici", "aquí", "aqui")
_PLACE_NEEDLES = (_PLACE_STARTS, (" at ", " bei ", " chez ", " en "))
# A name that defines its acronym: "Institut für Windenergiesysteme (IWE)". (Found from the
# acronym back to the name ending before it: a name pattern tried at every capital of a
# mail costs more.)
_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{1,5}(?:-[A-Z]{1,4})?)\)")  # ("DIE-EZ" too)
_NAME_BEFORE = re.compile(rf"(?<![\w&'’+\-.])(?P<c>{NAME})[^\S\n]*\Z")
_PLACE = re.compile(
    rf"(?i:{'|'.join(_PLACE_STARTS)})[^\S\n]+(?:at|bei|chez|en)[^\S\n]+(?:der[^\S\n]+)?"
    rf"(?P<c>{NAME})"
)
# An English post is "with" its employer too, after its reference if need be: "the Lead
# position (Requisition ID: 2600193) with Stratton Global Insurance" (an interview or a
# team is with a person).
_POST_WITH = re.compile(
    rf"(?i:role|position|post|job|opening|vacancy)(?:[^\S\n]+\([^()\n]{{1,40}}\))?"
    rf"[^\S\n]+(?i:with)[^\S\n]+(?:(?i:the)[^\S\n]+)?(?P<c>{NAME})"
)
_POST_STARTS = ("role", "position", "post", "job", "opening", "vacancy")
# Which body patterns read one line ("Title, Company", "Company - City, ST", "Company |
# acme.com"): the last three. A flag beside each, not a set of them: a compiled pattern
# hashes its whole program, microseconds a lookup. And the characters such a line has.
_ONE_LINE: tuple[bool, ...] = (False,) * (len(_BODY) - 3) + (True,) * 3
_SEPARATOR = re.compile(r"[|,\-–—·]")
# A system's field line names the employer outright: "Employer: Queen Elizabeth Hospitals";
# a public service's job board, the hiring body ("Agency: Australian Renewable ... Office").
_FIELD_WORDS = ("employer", "company", "organisation", "organization", "arbeitgeber",
                "unternehmen", "firma", "employeur", "entreprise", "société", "empresa",
                "empleador", "agency")
_FIELD_NEEDLES = (_FIELD_WORDS,)
# A portal's field may name a unit as well: "Department: Department for Work and Pensions",
# "Institución: Comisión Nacional de ...", "Arbeitgeber: Stadt Linz" (but "Department: R&D
# Directorate" is the trust's unit: only the fields above outweigh every guess).
_PORTAL_WORDS = ("hiring organisation", "hiring organization", "department", "dienststelle",
                 "behörde", "institución", "institucion", "entidad", "organisme")
_EMPLOYER_FIELD = re.compile(
    rf"^[^\S\n]*[-•*]?[^\S\n]*(?i:{'|'.join(_FIELD_WORDS + _PORTAL_WORDS)})[^\S\n]*:[^\S\n]*"
    # (A field's answer may be in sentence case: "Groupe hospitalier Saint-Ambroise".)
    rf"(?P<c>{BODY_NAME}|{W}(?:[ \t]+[a-zàâçéèêëîïôûùüœ]{{4,}}){{1,2}}[ \t]+{NAME}|{NAME})"
    # ... perhaps with its place after a dash: "Employeur : Groupe hospitalier X – Paris 14e"
    # (not its unit: "Veterans Health Administration - VA Eastern Colorado ...").
    rf"(?:[^\S\n]+[–—-][^\S\n]+(?P<p>[^\n]{{1,40}}?))?[^\S\n]*$", re.MULTILINE)
# A job board's news names the employer as the one who acted: "Distribuidora Occidente
# quiere entrevistarte", "Acme viewed your application", "tu hoja de vida fue enviada a X".
_BOARD_NEWS = (
    re.compile(
        rf"^[^\S\n]*(?:(?i:la empresa|the company|l'entreprise|das unternehmen|die firma)"
        rf"[^\S\n]+)?(?P<c>{NAME})[^\S\n]+(?i:quiere entrevistarte|quiere conocerte|"
        r"te ha citado|te cit[óo]|revis[óo]|ha revisado|ha visto|vio|ha actualizado|recibi[óo]|"
        r"ha recibido|has received|received|a (?:bien )?re[çc]u|"
        r"viewed|has viewed|reviewed|has reviewed|wants to interview|would like to interview|"
        r"has invited you|invited you|has updated|updated|hat deine|hat ihre|m[öo]chte dich|"
        r"m[öo]chte sie|a consult[ée]|a vu|souhaite vous|a mis [àa] jour)\b",
        re.MULTILINE),
    # ... and the listing's owner: 'the job "Clinical Data Analyst" posted by MedSetu',
    # 'das Stelleninserat "Logistiker*in" der Firma Marchfelder Gemüse', "ausgeschrieben vom
    # Landesamt für Finanzen".
    re.compile(rf"(?i:enviad[ao] a|envoy[ée]e? [àa]|transmise? [àa]|forwarded to|"
               rf"weitergeleitet an|gesendet an|[üu]bermittelt an|"
               rf"recibid[ao] por|vist[ao] por|revisad[ao] por|posted by|published by|"
               rf"advertised by|publi[ée]e? par|publicad[ao] por|ver[öo]ffentlicht von|"
               rf"ausgeschrieben (?:von|vom|durch)|der firma|"
               rf"des unternehmens|de la empresa|de l'entreprise)[^\S\n]+"
               rf"(?:(?i:la empresa|der|dem|die)[^\S\n]+)?(?P<c>{NAME})"),
    # "Te has inscrito en la oferta Jefe/a de Obra de Construcciones Sáez (Madrid)": the
    # employer after the role's last "de" (or " - "), with its city (without one, "Team Leader de
    # Ventas Online" is all the role's).
    # A civil service's portal names the body that hires: "la postulación al cargo X, de la
    # institución Dirección de Obras Hidráulicas".
    re.compile(rf"(?i:de la instituci[óo]n|en la instituci[óo]n|institution|l'institution)"
               rf"[^\S\n]+(?P<c>{NAME})"),
    re.compile(rf"(?i:oferta|aviso|offre)[:\s]+[\"«“']?[^\n\"»”]{{3,80}}[^\S\n]+"
               rf"(?i:de|chez|bei|[-–])[^\S\n]+(?P<c>{NAME})[^\S\n]*"
               r"\((?!(?i:[hfmwd]/[hfmwd](?:/[hfmwd])?)\))[^)\n]*\)"),  # not "(H/F)"
    # ... or in brackets with its city: "Tu inscripción en la oferta Analista de
    # Aprovisionamiento (Supermercados Levante, Valencia)" (not "(Valencia, Spain)": a place).
    re.compile(rf"(?i:oferta|aviso|offre|job|stelle|poste|puesto|role)[:\s]+[^\n()]{{3,80}}?"
               rf"[^\S\n]\((?P<c>{NAME}),[^\S\n]*[A-ZÀ-Ü][^,()\n]{{1,40}}\)"),
    # ... or in brackets after the quoted title: "l'offre « Ingénieur·e qualité » (CNRS -
    # Délégation Occitanie Ouest, Toulouse)".
    re.compile(rf"(?i:offre|oferta|offer|job|stelle|poste|puesto|role)[^\S\n]+[«\"“]"
               rf"[^»\"”\n]{{3,80}}[»\"”][^\S\n]*\((?P<c>{NAME})"),
)
_THIRD_PERSON = re.compile(
    r"[^\S\n]*(?i:la empresa|the company|l'entreprise|das unternehmen|die firma)[^\S\n]")
_THIRD_PERSON_NEEDLES = (("la empresa", "the company", "l'entreprise", "das unternehmen",
                          "die firma"),)


def _employer_fields(text: str) -> list[str]:
    """The names a form's employer fields give (`_EMPLOYER_FIELD`), a place after a dash
    allowed, not a unit."""
    return [found.group("c") for found in _EMPLOYER_FIELD.finditer(text)
            if not found.group("p") or is_place(found.group("p"))]


# Whom the sender passed the application to: "Your application was sent to Limmat Oncology",
# "votre candidature ... a bien été transmise à X", "se ha enviado correctamente a X", "Ihre
# Bewerbung wurde an X übermittelt". A job board says so whatever its name; the sender is
# then a relay, not the employer (`relayed_to`).
_SENT_TO = re.compile(
    rf"(?i:application|candidature|candidatura|postulaci[óo]n|solicitud|bewerbung|"
    rf"hoja de vida|cv)\b"  # (Colombia's CV: "Tu hoja de vida fue enviada con éxito a X")
    rf"[^.\n]{{0,100}}?"
    rf"(?:(?i:was sent|has been sent|was forwarded|has been forwarded|was submitted|"
    rf"has been submitted|was delivered|has been delivered|transmise?|envoyée?|"
    rf"se ha enviado|se envi[óo]|ha sido enviad[ao]|fue enviad[ao]|enviad[ao])"
    rf"(?:[^\S\n]+(?i:correctamente|successfully|avec succès|con éxito|con exito))?"
    rf"[^\S\n]+(?i:to|à|a)[^\S\n]+"
    # ("... transmise à Scène nationale de l'Estuaire": a French body's name in sentence case.)
    rf"(?:(?i:the|la|el)[^\S\n]+)?(?P<c>{BODY_NAME}|{NAME})"
    rf"|[^\S\n]an[^\S\n]+(?:(?i:die|den|das)[^\S\n]+)?(?:(?i:firma|unternehmen)[^\S\n]+)?"
    rf"(?P<d>{NAME})(?:[^\S\n]+(?:a\.[^\S\n]?G\.|VVaG|e\.[^\S\n]?V\.))?"  # "... a.G. übermittelt"
    rf"[^\S\n]+(?i:übermittelt|weitergeleitet|gesendet|versendet)\b"
    # A board's list of one: "Ihre Bewerbung wurde an folgendes Unternehmen übermittelt:",
    # the employer alone on the next line.
    rf"|(?i:an folgendes unternehmen|to the following (?:employer|company)|"
    rf"à l['’]entreprise suivante|a la siguiente empresa)[^\n]{{0,20}}:[^\S\n]*\n"
    rf"(?:[^\S\n]*\n)?[^\S\n]*(?P<j>{NAME})[^\S\n]*\n"
    # A board's card under its heading: "Your application has been submitted", the post on
    # one line, "Harborlight Medical Center – Boston, MA" on the next.
    rf"|(?i:has been submitted|has been sent|was submitted|was sent|submitted|fue enviada|"
    rf"a été envoyée|wurde versendet|wurde gesendet)[.!]?"
    rf"[^\S\n]*\n(?:[^\S\n]*\n)?[^\n]+\n(?:[^\S\n]*\n)?[^\S\n]*(?P<k>{NAME})[^\S\n]+[·•|–—-]"
    # A board's card: "sent to the employer:", the post on one line, "Seeresort Wolfgangsee ·
    # St. Gilgen" on the next.
    rf"|(?i:sent|submitted|forwarded|transmise?|enviada|an)[^\n]{{0,30}}?"
    rf"(?i:employer|arbeitgeber|employeur|empresa|entreprise|company)"
    rf"(?:[^\S\n]+(?i:übermittelt|weitergeleitet|gesendet|versendet))?[^\S\n]*:"
    rf"(?:[^\S\n]*\n){{1,2}}[^\n]+\n(?:[^\S\n]*\n)?[^\S\n]*(?P<e>{NAME})[^\S\n]*[·•|]"
    # "Your application to Tejo Hotels & Suites has been sent", "deine Bewerbung bei
    # Spreewerk Analytics GmbH (Berlin) wurde erfolgreich versendet".
    # "Ta candidature chez Escalio a bien été envoyée".
    # "Tu postulación para X en Grupo Logístico Rioplatense (Pilar) fue enviada", "Ihre
    # Bewerbung ... bei der Rheinmain Hotels AG in Frankfurt am Main wurde soeben übermittelt".
    rf"|(?<=[^\S\n])(?i:to|at|bei|chez|en)[^\S\n]+(?:(?i:der|dem)[^\S\n]+)?(?P<g>{NAME})"
    rf"(?:[^\S\n]*\([^)\n]{{1,40}}\))?(?:[^\S\n]+(?:a\.[^\S\n]?G\.|AG|GmbH|SE|S\.?A\.?|S\.?L\.?))?"
    rf"(?:[^\S\n]+(?i:in)[^\S\n]+[A-ZÄÖÜ][\w.-]*(?:[^\S\n]+(?:am|an der|im)[^\S\n]+[A-ZÄÖÜ]\w*)?)?"
    rf"[^\S\n]+(?i:has been|was|wurde|ist|a bien été|a été|fue|ha sido)[^\S\n]+"
    rf"(?:(?i:soeben|gerade|just|bien)[^\S\n]+)?"
    rf"(?:(?i:successfully|erfolgreich|correctamente|con éxito)[^\S\n]+)?"
    rf"(?i:sent|submitted|forwarded|delivered|versendet|verschickt|übermittelt|gesendet|"
    rf"envoyée|transmise|enviad[ao])\b"
    # (Not the role's "en": "Especialista en Contratos fue enviada correctamente a Banco X".)
    rf"(?![^\S\n]+(?:\w+[^\S\n]+)?(?i:a|to|à)[^\S\n])"
    # "¡Tu CV ya está en manos de Cielo Austral Líneas Aéreas!".
    rf"|(?i:está|esta)[^\S\n]+(?i:en manos de)[^\S\n]+(?P<m>{NAME})"
    # "Deine Bewerbung ist bei der Mainufer Bank AG (in Frankfurt) angekommen".
    rf"|(?i:ist|wurde)[^\S\n]+(?i:bei)[^\S\n]+(?:(?i:der|dem|den)[^\S\n]+)?(?P<i>{NAME})"
    rf"(?:[^\S\n]+(?i:in)[^\S\n]+[^\n]{{1,40}}?)?[^\S\n]+(?i:angekommen|eingegangen)\b)")
_SENT_STARTS = ("application", "candidature", "candidatura", "postulaci", "solicitud",
                "bewerbung", "hoja de vida", "cv")
_SENT_NEEDLES = (("sent", "forwarded", "submitted", "delivered", "transmis", "envoy", "enviad",
                  "envió", "envio",
                  "mittelt", "weitergeleitet", "gesendet", "versendet", "angekommen",
                  "eingegangen", "en manos de"),)


# A board that says it sent the reader's papers on itself: "hemos enviado tu CV y tu carta de
# presentación a Fundación Mar Neta", "we've sent your CV to X", "nous avons transmis votre
# dossier à X".
_WE_SENT = re.compile(
    rf"(?i:hemos enviado|hemos remitido|hemos trasladado|we(?:'ve| have)? sent|"
    rf"we(?:'ve| have)? forwarded|nous avons (?:envoyé|transmis)|wir haben)"
    rf"[^\S\n]+(?i:tu|su|your|votre|ton|ihre|deine)[^\S\n]+(?i:cv|curr[ií]culum|candidatura|"
    rf"application|candidature|dossier|bewerbung|unterlagen|lebenslauf)[^.\n]{{0,60}}?"
    rf"[^\S\n](?i:a|to|à|an)[^\S\n]+(?:(?i:la|el|the|die|der|den)[^\S\n]+)?(?P<c>{NAME})")
_WE_SENT_NEEDLES = (("hemos", "we sent", "we've", "we have", "nous avons", "wir haben"),)
_WE_SENT_STARTS = ("hemos", "we", "nous", "wir")


# A portal's receipt names the body behind the post it quotes: 'Su postulación al cargo
# "Profesional Fiscalizador" del Servicio Nacional de Geología y Minería', 'au poste « X »
# de la Métropole de Lyon', 'auf die Stelle „X" bei der Stadt Y'.
_QUOTED_POST = re.compile(
    rf"(?i:cargo|puesto|plaza|vacante|poste|offre|stelle|position|post|role)[^\S\n]+"
    rf"[\"«“„][^\"»”“\n]{{3,80}}[\"»”“][^\S\n]*,?[^\S\n]+"
    rf"(?i:del|de la|de l['’]|du|de|chez|bei der|bei dem|beim|bei|der|at|with)[^\S\n]*"
    rf"(?P<c>{NAME})")
_QUOTED_NEEDLES = (('"', "«", "“", "„"),)


# A board's subject that says the application went out, and to whom, last: "Application
# submitted: CRM Manager at Hearth Home Retail", "Te postulaste a Analista en Chasqui
# Finance". (Not after a dash: "Clinical Lead - Nursing Home" is one title.)
_SENT_NEWS = (r"application (?:submitted|sent)|(?:postulaci[óo]n|candidatura|solicitud) enviada|"
              r"candidature (?:envoyée|transmise)|"
              r"bewerbung (?:versendet|gesendet|verschickt|übermittelt)")
_SUBJECT_SENT = re.compile(
    rf"^\W*(?i:{_SENT_NEWS}|te postulaste a|"
    rf"you applied (?:for|to)|vous avez postulé à|du hast dich beworben auf)\b[^\n]*?"
    rf"[^\S\n](?i:at|en|chez|bei)[^\S\n]+(?P<c>{NAME})[^\S\n]*$")

# ... or after a dash, below a board no list knows (an applicant-tracking system's "Transport
# Clerk - Bristol Distribution Centre" is one title): "Candidatura enviada: Bibliotecaria
# infantil – Red de Bibliotecas Ilargi".
_SUBJECT_SENT_DASH = re.compile(
    rf"^\W*(?i:{_SENT_NEWS})[^\S\n]*:[^\n]+?[^\S\n][–—-][^\S\n]+(?P<c>{NAME})[^\S\n]*$")


# ... or that says the reader sent it, and to whom: "Has enviado tu candidatura a Conectia
# Comunicaciones", "You've sent your application to X", "Vous avez envoyé votre candidature
# à X".
_SUBJECT_SENT_TO = re.compile(
    rf"^\W*(?i:has enviado tu (?:candidatura|solicitud|cv)|you(?:'ve| have)? sent your "
    rf"application|vous avez envoy[ée] votre candidature|du hast deine bewerbung)[^\S\n]+"
    rf"(?i:a|to|à|an)[^\S\n]+(?P<c>{NAME})[^\S\n]*(?:(?i:gesendet|geschickt)[^\S\n]*)?$")


# A board's inbox passing on an employer's message: "Nouveau message de Mutuelle du
# Lauragais concernant votre candidature", "New message from X about your application".
_MESSAGE_FROM = re.compile(
    rf"^(?i:nouveau message de|new message from|neue nachricht von|nuevo mensaje de)"
    rf"[^\S\n]+(?P<c>{NAME})[^\S\n]+(?i:concernant|about|regarding|zu|sobre)[^\S\n]+"
    rf"(?i:votre|your|ihrer|deiner|ihre|deine|tu|su)[^\S\n]+"
    rf"(?i:candidature|application|bewerbung|candidatura|postulación|postulacion)")

# ... or its inbox's news that the employer wrote: "Le recruteur de Château Peyrelongue vous a
# envoyé un message", "Kelpie Studios sent you a message", "X te ha enviado un mensaje".
_SENT_YOU_A_MESSAGE = re.compile(
    rf"(?:^|(?i:recruteur|recruteuse|recruiter|reclutador|reclutadora|employeur|employer)"
    rf"[^\S\n]+(?i:de|d['’]|at|from|von)[^\S\n]*)(?P<c>{NAME})[^\S\n]+"
    rf"(?i:vous a envoyé un message|(?:has )?sent you a message|te ha enviado un mensaje|"
    rf"te envió un mensaje|hat (?:dir|ihnen) eine nachricht (?:gesendet|geschickt))",
    re.MULTILINE)
_MESSAGE_NEEDLES = (("message", "mensaje", "nachricht"),)


def relayed_to(email: Email) -> list[str]:
    """The organisations the mail says it passed the reader's application to, in its subject
    or opening lines (a job board's confirmation; an employer's "forwarded to our Finance
    team" names no organisation), or whose answer to it the mail passes on ("Biscuiterie
    Lemoine a répondu à votre candidature")."""
    news = f"{email.subject}\n{(email.new_text or email.text)[:1500]}"
    lowered = news.lower()
    names: list[str] = []
    if has_all(lowered, _SENT_NEEDLES):
        names.extend(found.group("c") or found.group("d") or found.group("e") or found.group("g")
                     or found.group("i") or found.group("j") or found.group("k") or found.group("m")
                     for found in finditer_from(_SENT_TO, _SENT_STARTS, news, lowered))
    if has_all(lowered, _ANSWERED_NEEDLES):
        names.extend(found.group("c") for found in _ANSWERED.finditer(news))
    if has_all(lowered, _MESSAGE_NEEDLES):
        # (not a person's, as a network's "Sarah Lindqvist sent you a message", or "Harvey
        # sent you a message" from "Harvey Lindgren via LinkedIn")
        writer = email.sender.name.split()[:1] if email.sender else []
        names.extend(found.group("c") for found in _SENT_YOU_A_MESSAGE.finditer(news)
                     if not is_person_name(found.group("c")) and [found.group("c")] != writer)
    if has_all(lowered, _WE_SENT_NEEDLES):
        names.extend(found.group("c")
                     for found in finditer_from(_WE_SENT, _WE_SENT_STARTS, news, lowered))
    if has_all(lowered, _THIRD_PERSON_NEEDLES):
        # A board speaks of the employer in the third person: "La empresa Servicios Mineros
        # Atacama revisó tu postulación" (an employer says "we").
        names.extend(found.group("c") for found in _BOARD_NEWS[0].finditer(news)
                     if _THIRD_PERSON.match(found.group()))
    names.extend(found.group("c") for pattern in (_SUBJECT_SENT, _SUBJECT_SENT_TO, _MESSAGE_FROM)
                 for found in pattern.finditer(email.subject))
    if email.sender and ats_of(email.sender.email) is None:
        names.extend(found.group("c") for found in _SUBJECT_SENT_DASH.finditer(email.subject))
    shown = email.sender.name.strip() if email.sender else ""
    text = email.new_text or email.text
    if len(shown) >= 3 and has_all(text.lower(), _ON_BEHALF_NEEDLES) and shown in text:
        # A service that says whom it writes for, after its own name: "CareerPath HSC on
        # behalf of Northern Lough Health and Social Care Trust".
        names.extend(found.group("c") for found in _ON_BEHALF_OF.finditer(text)
                     if _written_before(text, found.start(), shown))
    return [name for name in names if clean(name) and not is_place(name)]


_ON_BEHALF_OF = re.compile(rf"(?i:on behalf of|im auftrag (?:von|der|des)|pour le compte d[eu'’]|"
                           rf"au nom d[eu'’]|en nombre de|por cuenta de)[^\S\n]*"
                           rf"(?:(?i:the|la|le|el|der|die)[^\S\n]+)?(?P<c>{NAME})")
_ON_BEHALF_NEEDLES = (("behalf", "auftrag", "compte d", "au nom d", "en nombre de",
                       "por cuenta de"),)


def _written_before(text: str, end: int, name: str) -> bool:
    """Whether `name`, as a whole word, ends right before `end`, spaces apart on one line."""
    start = end
    while start > 0 and text[start - 1] != "\n" and text[start - 1].isspace():
        start -= 1
    head = start - len(name)
    return start < end and head >= 0 and text.startswith(name, head) and not (
        head and (text[head - 1].isalnum() or text[head - 1] in "_-"))


# A board's footer that says the reader applied through it: "because you applied through
# JobQuay", "weil du dich über Jobbrücke beworben hast", "car tu as postulé via Bienvenue
# Jobs", "porque postulaste a través de Empleate".
_APPLIED_THROUGH = re.compile(
    rf"(?i:applied|apply|postulé|postule|postulado|postulaste|candidaté|beworben)"
    rf"[^\S\n]+(?i:via|through|with|par|por|a través de|a traves de|über|uber|mit)[^\S\n]+"
    rf"(?P<c>{NAME})"
    rf"|(?i:über|uber)[^\S\n]+(?P<d>{NAME})[^\S\n]+(?i:beworben)")
_THROUGH_NEEDLES = (("applied", "apply", "postul", "candidat", "beworben"),)
_THROUGH_STARTS = ("appl", "postul", "candidat", "beworben", "über", "uber")


def applied_through(email: Email) -> str | None:
    """The service the mail says the reader applied through (a job board's footer), if any."""
    text = (email.new_text or email.text)[-1500:]
    lowered = text.lower()
    if not has_all(lowered, _THROUGH_NEEDLES):
        return None
    found = next(finditer_from(_APPLIED_THROUGH, _THROUGH_STARTS, text, lowered), None)
    return (found.group("c") or found.group("d")) if found else None


# An employer's answer a board passes on: "X a répondu à votre candidature", "X has responded
# to your application", "Le recruteur de X a examiné votre candidature", "X hat auf deine
# Bewerbung geantwortet", "X ha respondido a tu candidatura".
_ANSWERED = re.compile(
    rf"(?:^(?:(?i:la empresa|the company|l['’]entreprise|das unternehmen|die firma)[^\S\n]+)?|"
    rf"(?i:recruteur|recruiter|employeur|employer) (?i:de|d['’]|at|from)[^\S\n]*)"
    rf"(?P<c>{NAME})[^\S\n]+(?i:a répondu à|a repondu a|a examiné|a examine|a consulté|"
    rf"has responded to|has replied to|responded to|has reviewed|reviewed|hat auf|hat sich|"
    rf"ha respondido a|ha revisado|respondió a|"
    # "La empresa Seguros Pehuén actualizó el estado de tu postulación", "Naviera Txingudi ha
    # actualizado el estado de tu candidatura".
    rf"(?:actualizó|actualizo|ha actualizado|has updated|updated|a mis à jour)"
    rf"(?:[^\S\n]+(?i:el estado de|the status of|le statut de))?)"
    rf"[^\S\n]+(?i:votre|your|deine|ihre|tu|su)[^\S\n]+"
    rf"(?i:candidature|application|bewerbung|candidatura|postulación|postulacion)",
    re.MULTILINE)
_ANSWERED_NEEDLES = (("répondu", "repondu", "examin", "consult", "responded", "replied",
                      "reviewed", "hat auf", "hat sich", "respondido", "revisado", "respondió",
                      "actualiz", "updated", "mis à jour"),)


# Text each of them cannot match without (lower-cased): most platform mail has none.
_BOARD_NEEDLES = (
    (("quiere", "citado", "te cit", "revis", "visto", " vio", "actualiz", "recibi", "viewed",
      "reviewed", "received", " a re", " a bien re",
      "interview", "invited", "updated", " hat ", "chte", "consult", " a vu", "souhaite",
      " a mis "),),
    (("enviad", "envoy", "transmis", "forwarded to", "weitergeleitet an", "gesendet an",
      "bermittelt an", " por ", "posted by", "published by",
      " par ", "ffentlicht von", "der firma", "des unternehmens", "de la empresa",
      "de l'entreprise", "advertised by", "ausgeschrieben v", "ausgeschrieben d"),),
    (("institucion", "institución", "institution"),),
    (("oferta", "aviso", "offre"),),
    (("oferta", "aviso", "offre", "job", "stelle", "poste", "puesto", "role"), (", ",), (" (",)),
    (("»", '"', "”"), (" (",)),
)
# The words each of them opens with (lower-cased), for `phrases.finditer_from`: tried at
# every position of the mail, a case-insensitive alternation costs 10-50 µs. The first
# opens at a line's start, before a name: it is tried everywhere.
_BOARD_STARTS: tuple[tuple[str, ...], ...] = (
    (),
    ("enviad", "envoy", "transmis", "forwarded to", "weitergeleitet an", "gesendet an",
     "übermittelt an", "ubermittelt an", "recibid", "vist",
     "revisad", "posted by", "published by", "advertised by", "publi", "veröffentlicht von",
     "veroffentlicht von", "ausgeschrieben", "der firma", "des unternehmens", "de la empresa",
     "de l'entreprise"),
    ("de la instituci", "en la instituci", "institution", "l'institution"),
    ("oferta", "aviso", "offre"),
    ("oferta", "aviso", "offre", "job", "stelle", "poste", "puesto", "role"),
    ("offre", "oferta", "offer", "job", "stelle", "poste", "puesto", "role"),
)


def _person_like(name: str, text: str) -> bool:
    """A display name that signs the mail as a person does is a person.

    "Freya Nilsson" signing "Freya", or "Jess Moreno" above a title line; a company signs its
    name last, with nothing under it.
    """
    words = name.split()
    if len(words) < 2:
        return False
    # A name heading the mail is a card's banner ("Zugspitz Diagnostik" / "Wählen Sie Ihren
    # Interviewtermin"), not a signature.
    head = _FIRST_LINE.match(text)
    if head and head.group(1).strip() == name:
        text = text[head.end():]
    # A title line sits right under the name; a footer ("Sent with ...") follows a blank line.
    # (Lines are compared as strings: a pattern per sender name costs a compilation each.)
    lines = text[-400:].split("\n")
    # ... but a unit under the name is an organisation's: "Limmat Versicherungen" /
    # "Talent Acquisition" (a unit and its firm are one person's title: "Mathilde Cuendet" /
    # "Talent Acquisition, ChocoVaud").
    # ... and so is a sentence: "Ce message a été généré automatiquement." is a footer, as is
    # a platform's line: "Enviado con Workable".
    # ... and a town: an organisation signs "Donau Convention Bureau" / "Wien".
    full = any(line.strip() == name and following.strip()
               and not (is_unit_line(following) and not _FIRM_AFTER_UNIT.search(following))
               and not _SENTENCE_LINE.search(following) and not _SENT_WITH.match(following)
               and not is_place(following)
               for line, following in pairwise(lines))
    return full or first_name_signs(words, text)


def _signs(person: str, text: str) -> bool:
    """Whether a line of the mail's end signs with `person`'s name of two or three words,
    whole, by its first name, or by an initial and the surname ("B. Cuénoud")."""
    words = person.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    first, last = words[0], words[-1]
    signed = {person, first, f"{first[0]}. {last}", f"{first[0]} {last}"}
    return any(" ".join(line.split()) in signed for line in text[-400:].split("\n"))


_SENTENCE_LINE = re.compile(r"^\W*(?:\S+[^\S\n]+){3,}\S*[.!][^\S\n]*$")
_FIRM_AFTER_UNIT = re.compile(r"[,|·][^\S\n]*[A-ZÀ-Ý]")
# A sending platform's footer right under the name: "Enviado con Workable", "Sent with X".
_SENT_WITH = re.compile(r"[^\S\n]*(?i:sent|powered|enviado|envoy[ée]|gesendet|versendet)"
                        r"[^\S\n]+(?i:with|by|con|avec|par|mit|via|por)\b")
_FIRST_LINE = re.compile(r"\s*([^\n]*)\n?")  # the first line that has a character


def first_name_signs(words: list[str], text: str) -> bool:
    """Whether the first of a name's several words signs the mail alone: "Camille" or
    "Camille, Office & Talent chez Papillote" under a mail from "Camille de Papillote"."""
    if len(words) < 2:
        return False
    first = words[0]
    # (The mail's first line is a banner or a greeting, never its signature: "Enlaza" heads
    # a card from "Enlaza Customer Care".)
    head = _FIRST_LINE.match(text)
    tail = text[head.end() if head else 0:]
    # (Whole lines only: the last 400 characters may begin inside one, "... chez Vinexport".)
    lines = tail[-400:].split("\n")
    for line in lines[1:] if len(tail) > 400 else lines:
        line = line.lstrip()
        if line.startswith(first):
            rest = line[len(first):].lstrip()
            if not rest or rest.startswith(","):
                return True
    return False


# What parts a display name's person or unit from its organisation: "Álvaro Méndez | Kairós",
# "Marta Ruiz - RRHH", "HR Luxembourg - Sundaram FS".
DISPLAY_PARTS = re.compile(r"\s+[-–|·/]\s+|\s*\|\s*")


# A desk and the region it serves: "Careers Europe", "Talent Acquisition EMEA" (in a name,
# the region is the name's own: "Hanbit Mobility Europe").
_REGION_DESK = re.compile(rf"(?:{TEAM})\s+(?:europe|emea|apac|latam|americas|dach|nordics|"
                          rf"benelux|iberia|global|international|india|uk)")


# German joins two compounds that share their last word with a hyphen: "Haupt- und
# Personalamt" is the Hauptamt and the Personalamt.
_SHARED_TAIL = re.compile(r"[^\W\d_]+-\s+(?:und|oder|u\.)\s+(?=\w)")


def _is_desk(folded: str) -> bool:
    folded = _SHARED_TAIL.sub("", folded)
    return UNIT.fullmatch(folded) is not None or _REGION_DESK.fullmatch(folded) is not None


@functools.lru_cache(maxsize=4096)  # display names recur: every mail of a sender
def _beside_unit(name: str) -> str | None:
    """The organisation in a display name of two parts, one of them a unit that writes for it
    ("Landratsamt Oberwald - Bewerbungsportal", "Selección de Personal - Banco Ribera",
    "Recruitment Unit, Suir Valley County Council")."""
    parts = DISPLAY_PARTS.split(name)
    if len(parts) == 1 and ", " in name:
        # "Recruitment Unit, Suir Valley County Council" (not "Keane, Aoife": no desk)
        head, tail = name.split(", ", 1)
        return tail if _is_desk(fold(head)) and not _is_desk(fold(tail)) else None
    if len(parts) != 2:
        return None
    units = [_is_desk(fold(part.strip())) for part in parts]
    if units.count(True) != 1:
        # "Recrutement BIATSS - Université Rennes Armorique"; not a bilingual desk, "Emplois
        # ACIC | CCIA Jobs", whose other half has a team word too.
        staff = [_desk_of_staff(part) for part in parts]
        if units.count(True) or staff.count(True) != 1 or any(
                TEAM_WORD.fullmatch(fold(word)) for word in parts[staff.index(False)].split()):
            return None
        units = staff
    return parts[units.index(False)]


def _desk_of_staff(part: str) -> bool:
    """Whether a display name's part is a team word and the code of the staff it hires
    ("Recrutement BIATSS", "Selección PAS"): a desk, as the team word alone is."""
    words = part.split()
    return (len(words) == 2 and TEAM_WORD.fullmatch(fold(words[0])) is not None
            and words[1].isupper() and words[1].isalpha())


# "Rachel Tan (via Greenhouse)", "Ellie Carr via Docusign": a person sending through a system.
_PERSON_VIA = re.compile(
    r"\(v[ií]a\s+[\w ]+\)$|\svia\s+(?:docusign|adobe sign|dropbox sign|hellosign|yousign)$",
    re.IGNORECASE)


# A person's name with a nobiliary particle: a first name, "von", a surname.
_PARTICLE_NAME = re.compile(
    r"^[A-ZÀ-Ý][\w'-]+\s+(?:von der|von|van der|van|zu)\s+([A-ZÀ-Ý][\w'-]+)$")
# A person from the team: "Mira vom Kistenkind-Team" ("vom" is no nobiliary "von").
_PERSON_FROM = re.compile(r"^[A-ZÀ-Ý][\w'-]+\s+(?:vom|from|at|bei|chez|de chez)\s+(?=[A-Z0-9])")
# German systems write "über": "Stadtwerke Leinetal über softgarden".
_VIA = re.compile(r"^(?P<c>.+?)\s+(?:via|vía|über)\s+(?P<s>[\w.\- ]+)$", re.IGNORECASE)


def sent_through(name: str) -> str | None:
    """The system a display name says the mail came through: "EdTechJobs Hub" of "Owlstone
    Learning via EdTechJobs Hub", "softgarden" of "Stadtwerke Leinetal über softgarden"."""
    found = _VIA.match(name.strip())
    return found.group("s").strip() if found else None


# A public body named "Service public de ..." (folded): its first word is no unit's.
_PUBLIC_SERVICE = re.compile(r"service public|servicio publico")


_PORTAL_END = re.compile(r"(?:stellen|karriere|job|jobs|bewerber|bewerbungs|career|careers)"
                         r"[\s-]?portal$", re.IGNORECASE)


# A display name that is a web address: the site that sent the mail ("jobwald.at",
# "Indeed.com"), not an employer.
_WEB_NAME = re.compile(r"(?:www\.)?[\w-]+\.(?:[a-z]{2}|com|net|org|jobs|info|io)", re.IGNORECASE)


def _from_display(address: Address, text: str) -> Iterator[tuple[str, float]]:
    name = address.name.strip()
    if not name or "@" in name or _WEB_NAME.fullmatch(name):
        return
    via = _VIA.match(name)
    if _PERSON_VIA.search(name):
        # "Rachel Tan (via Greenhouse)" is a person writing through an ATS; "Vantaris People
        # Services via DocuSign" the organisation whose unit sends the contract.
        employer = _before_unit(via.group("c")) if via else None
        if employer:
            yield employer, 3.0
        return
    if via and not _person_like(via.group("c"), text) and not is_person_name(via.group("c")):
        # "Northgate Aerospace via GoodTime": a scheduling tool (not "Kirsty Dalgleish via
        # Lever", who cancelled the interview, in the system's words)
        yield via.group("c"), 3.0
        return
    if via:
        return  # a person writing through the tool, who signs: "Mathilde Cuendet via ..."
    unit = _beside_unit(name)
    if unit:
        yield unit, 3.0  # "Bezirksamt Lindenau - Personalservice": the organisation
        return
    particle = _PARTICLE_NAME.match(name)
    if particle and squash(particle.group(1)) not in domain_of(address.email):
        return  # "Jonas von Rabe <jonas@reiseglueck...>": a surname, not "Jonas from Rabe"
    parts = DISPLAY_PARTS.split(name)
    if len(parts) == 2 and _signs(parts[1], text) and not _signs(parts[0], text):
        # "Charpentes du Jorat - Bernard Cuénoud" signing "B. Cuénoud": the writer after his
        # firm.
        yield parts[0], 3.0
        return
    cue = _display_cue(name)
    if cue:
        yield cue
        return
    system = is_no_reply(address.email) or platform_of(address.email) is not None
    # ("Portal de Empleo Público <no-contestar@...>": a board's or a unit's name is no
    # employer's.)
    if system and not _person_like(name, text) and not writes_as_bot(address.email) and not (
            TEAM_WORD.fullmatch(fold(name))):
        # "Hexa Systems <noreply@smartrecruiters.com>"; "Renata Calderón vía LinkedIn" is
        # her name, which the company's people filter knows when she is the Reply-To.
        yield _without_writer(via.group("c") if via else name, text), 2.5
    elif is_team_mailbox(address.email) and not (
            _signed(name, text) and not _unit_under(name, text)):
        # "Eidgenössische Finanzkontrolle <jobs@efk...>": the organisation whose team reads
        # the mailbox, after its unit's words ("Recrutement Maison Verlaine"); a recruiter
        # who writes from it signs with her name ("Paola Treviño <talento@...>").
        words = name.split()
        firm = is_talent_firm(name)  # "Talento Norte Consultores": a name, no unit in it
        while len(words) > 2 and not firm and UNIT.fullmatch(fold(" ".join(words[:2]))):
            del words[:2]  # "Talento Humano Hospital Santa Lucía": a unit of two words
        while len(words) > 1 and not firm and UNIT.fullmatch(fold(words[0])) and not (
                _PUBLIC_SERVICE.match(fold(" ".join(words[:2])))):
            del words[0]  # ("Service public de Wallonie" is a body's name)
            if len(words) > 1 and words[0].islower():
                del words[0]  # ... and its kind: "Office notarial Dufresne & Carpentier"
        if len(words) > 1 or not words[0].isupper():  # "Équipe recrutement CVO": the text
            yield " ".join(words), 2.5  # spells out what the letters stand for


@functools.lru_cache(maxsize=4096)  # display names recur: every mail of a sender
def _display_cue(name: str) -> tuple[str, float] | None:
    """The organisation a display name writes beside its team or unit (`_DISPLAY`: "Acme
    Recruiting", "Talent Team at Acme"), or the name itself when it is a registered one, with
    its weight; else None."""
    if is_talent_firm(name):
        return None  # "Talento Norte Consultores": a firm's name, no team beside one
    for pattern in _DISPLAY:
        found = pattern.match(name)
        # "Landesamt für Statistik - Personalreferat", "Recruitment Team": the unit that
        # writes is no company; another pattern may read the name beside it.
        unit = fold(found.group("c").strip(" -–|")) if found else ""
        # ("HR Services"): plural unit words are units too.
        if found and not (TEAM_WORD.fullmatch(unit) or TEAM_WORD.fullmatch(unit.removesuffix("s"))
                          or UNIT.fullmatch(unit)):
            # A whole service's job portal ("Bundesverwaltung Stellenportal") posts for the
            # office that hires, which the mail names.
            weight = 2.0 if _PORTAL_END.search(name) else 3.0
            org = _without_place_head(_PERSON_FROM.sub("", found.group("c")))
            # A region and a trade name a firm together: "Flandre Emploi Services" is an
            # agency, not Flanders.
            whole = is_place(org) and not DISPLAY_PARTS.search(name)
            return (name if whole else org), weight
    if LEGAL_SUFFIX.search(name):
        return name, 3.0  # "Bergmann Elektrotechnik GmbH <personal@...>": people have no GmbH
    return None


# An ATS writes its sender as "Clara de Nubla Studio": a first name, "de" (or "di", "da"),
# the organisation.
_FIRST_OF = re.compile(r"(?P<p>[A-ZÀ-Ý][\w'-]+)\s+(?:de|di|da)\s+(?=[A-Z0-9])")


def _without_writer(name: str, text: str) -> str:
    """`name` without the first name it opens with when a person of that first name signs
    the mail ("Clara Benet"): "Clara de Nubla Studio" is Clara, of Nubla Studio. A name of
    the same shape that no one signs is the organisation's own ("Banco de Chile", whose
    line "Banco de Chile" or "Aéroport International de Genève" has its joiner)."""
    found = _FIRST_OF.match(name)
    if found and any(_PERSON_SIGNS.fullmatch(line.strip()) and line.split()[0] == found["p"]
                     for line in text[-400:].split("\n")):
        return name[found.end():]
    return name


# A person's name alone on a line, as it signs: "Clara Benet", "Ana María Ruiz".
_PERSON_SIGNS = re.compile(r"[A-ZÀ-Ý][\w'-]+(?:[^\S\n]+[A-ZÀ-Ý][\w'-]+){1,2}")


def _before_unit(name: str) -> str | None:
    """The organisation before the unit words that end `name` ("Vantaris" of "Vantaris
    People Services"), or None when no unit ends it (a person's name)."""
    words = name.split()
    for cut in range(1, len(words)):
        tail = fold(" ".join(words[cut:]))
        if UNIT.fullmatch(tail) or UNIT.fullmatch(tail.removesuffix("s")):
            return " ".join(words[:cut])
    return None


def _without_place_head(name: str) -> str:
    """A display name's organisation without the branch its unit names first: "Talent EU |
    Vasudha Payments", "HR Luxembourg - Sundaram FS"."""
    parts = DISPLAY_PARTS.split(name, maxsplit=1)
    return parts[1] if len(parts) == 2 and is_place(parts[0]) else name


def _signed(name: str, text: str) -> bool:
    """Whether the mail is signed with `name`, or with its first word alone."""
    lines = [line.strip() for line in text[-400:].split("\n")]
    return name in lines or first_name_signs(name.split(), text)


def _unit_under(name: str, text: str) -> bool:
    """Whether the mail signs with `name` above a line that is a unit and nothing else: the
    organisation signs, then its office ("Deutsch-Irische Handelskammer" / "Personal und
    Verwaltung"), where a person signs above a title ("Talento | Hidrógeno Verde")."""
    lines = [line.strip() for line in text[-400:].split("\n")]
    return any(line == name and UNIT.fullmatch(fold(following))
               for line, following in pairwise(lines))


def signs_as_person(address: Address) -> bool:
    """A display name of several words whose first word is the address's own first part is a
    person's ("Hugo de Petitcolis <hugo@petitcolis.fr>"), unless the domain bears that word
    too, as a company's own address does ("Hexa Systems <hexa@hexa.io>"); so is one whose
    address is its initial and second word ("c.ostermann", "paranda")."""
    return _signs_as_person(address.name, address.email)


@functools.lru_cache(maxsize=4096)  # senders recur, and the company and its cues ask
def _signs_as_person(name: str, email: str) -> bool:
    words = name.split()
    local, _, domain = email.lower().partition("@")
    if len(words) < 2 or platform_of(email) is not None:
        return False
    first, second = fold(words[0]), fold(words[1].rstrip(","))
    parts = re.split(r"[._\-+]", local)
    if len(first) >= 3 and parts[0] == first:
        return not domain.startswith(first) and first not in INSTITUTION_WORDS
    # "Camille Ostermann <c.ostermann@...>", "Pilar Aranda <paranda@...>", "Zimmermann Ueli,
    # KALA <ueli.zimmermann@...>": her initial and surname, or the two names either way.
    return len(second) >= 3 and not domain.startswith(second) and (
        parts[:2] in ([first[:1], second], [second, first]) or local == first[:1] + second)


_CALENDAR_TEXT = re.compile(r"^(?:SUMMARY|LOCATION|DESCRIPTION)[^:\n]*:(.*)$", re.MULTILINE)


# A person sending through a service whose own domain sends it: "Amira Haddad via SignFlow".
_SERVICE_VIA = re.compile(r"\s(?:via|vía|über)\s+(?P<s>[\w.\- ]+)$", re.IGNORECASE)


def _service_of(shown: str, domain_label: str) -> bool:
    """Whether the sender's name says it writes through the service its domain is."""
    found = _SERVICE_VIA.search(shown)
    return found is not None and squash(found.group("s")) == squash(domain_label)


# A quoted line's markers ("> ", ">> ").
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_LOWER_WORD = re.compile(r"(?:^|\s)[a-zà-ÿ]")


def _unwrapped(quoted: str) -> str:
    """The quoted chain as its writer wrote it: "the Mining\n> Transparency Network" of a
    reply quoting 72-column mail is one name on one line. A long line of prose (many
    lower-case words) was cut by the mail program; a signature's line, however long
    ("Ciarán Ó Loingsigh | Head of People | Brightside Hotels Group"), ends where it ends."""
    lines = _QUOTE_MARKS.sub("", quoted).split("\n")
    out = [lines[0]]
    # (The line before is judged as written, not as joined so far: a joined paragraph is long
    # prose, and would swallow the signature under it.)
    for last, line in pairwise(lines):
        if (len(last) >= 60 and line[:1].isalpha() and "|" not in last
                and len(_LOWER_WORD.findall(last)) >= 5):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _thread_text(email: Email) -> str:
    """Where else the employer's name may be spelled out, when the new text does not: the
    quoted chain (an earlier signature) and the invitation's own words.

    Only the spelling of an address label is looked up here; the quoted chain never gives a
    name of its own (it quotes the user, and other employers' mail).
    """
    parts = []
    if len(email.text) > len(email.new_text):
        parts.append(_unwrapped(email.text[len(email.new_text):][:3000]))
    for part in email.calendar_parts[:1]:
        parts += (m.group(1).replace("\\n", "\n").replace("\\,", ",")
                  for m in _CALENDAR_TEXT.finditer(part[:4000]))
    return "\n".join(parts)


# A template's merge fields leave their padding: "with  Stratton Global Insurance ." A name
# pattern reads one space between words, and none before a full stop or a comma.
_WIDE_SPACE = re.compile(r"(?<=\S)[^\S\n]{2,}(?=\S)")
_SPACE_BEFORE_STOP = re.compile(r"(?<=\S)[^\S\n]+(?=[.,](?:\s|$))")


def _unpadded(text: str) -> str:
    if "  " not in text and " ." not in text and " ," not in text:
        return text
    return _SPACE_BEFORE_STOP.sub("", _WIDE_SPACE.sub(" ", text))


# A meeting's ordinal, before its words (`MEETING_COMPOUND`) and a subject's name.
_ORDINALS = frozenset({"erstes", "zweites", "drittes", "first", "second", "third", "final",
                       "premier", "deuxieme", "primera", "segunda"})


def _without_lead(name: str) -> str:
    """A subject's name without the meeting words before it ("Zweites Gespräch Alpenblick
    Akademie" is the second interview at Alpenblick Akademie), when two words or more are
    left."""
    words = name.split()
    start = 0
    while len(words) - start > 2:
        word = fold(words[start])
        if word not in _ORDINALS and not MEETING_COMPOUND.fullmatch(word):
            break
        start += 1
    return " ".join(words[start:]) if start else name


def candidates(
    email: Email, known: Mapping[str, str], relayed: bool,
    labels: tuple[str | None, str | None, str | None], sent_to: Iterable[str] = (),
) -> Iterator[tuple[str, float]]:
    """Every cue to the employer with its weight; `relayed`: an agency's mail, whose
    signature and "X | Y" lines name the agency and its desk ("Finance & Accountancy"),
    not the client; `labels`: the mail's `labels_of`; `sent_to`: its `relayed_to`."""
    text = _unpadded(email.new_text or email.text)
    sender = email.sender
    # A person's display name spells no employer ("Hugo de Petitcolis" for petitcolis.fr).
    # ("Irene de CestaVerde" signing "Irene Llopis": the writer of CestaVerde.)
    shown = _without_writer(sender.name, text) if sender and not signs_as_person(sender) else ""
    runs = Runs("\n".join((email.subject, shown, text)))
    thread = Runs(_thread_text(email))
    for address in (sender, *email.reply_to) if sender else email.reply_to:
        yield from _from_display(address, text)
    ats_label, domain_label, relayed_label = labels
    if ats_label:
        name, spelled = _named(ats_label, spell(ats_label, runs, thread), known)
        yield name, 2.5 if spelled else 2.0
    if domain_label and not relayed and not (
            sender and _service_of(sender.name, domain_label)):
        # (an agency's domain is its own name; a signing service's, "Amira Haddad via
        # SignFlow", no one's)
        name, spelled = _named(domain_label, spell_domain(domain_label, runs, thread), known)
        if not spelled:
            written = spelled_acronym(domain_label, runs.text) or spelled_acronym(
                domain_label, thread.text)
            if written and sender and fold(written) == fold(sender.name):
                written = None  # "bs-bildung" by Beat Schnyder: his initials, by chance
            name, spelled = (written, True) if written else (name, spelled)
        # Confirmed by the text, the sender's own domain outweighs a subject's guess.
        yield name, 2.5 if spelled else 1.0
    if relayed_label:
        # A forward's news is its author's: the client's answer a recruiter passes on.
        name, spelled = _named(
            relayed_label, spell_domain(relayed_label, thread, runs), known)
        yield name, 2.5 if spelled else 1.0
    subject = without_prefixes(email.subject)
    lowered_subject = subject.lower()
    for pattern, starts, needles in zip(_SUBJECT, _SUBJECT_STARTS, _SUBJECT_NEEDLES,
                                        strict=True):
        if not has_all(lowered_subject, needles):
            continue
        for found in finditer_from(pattern, starts, subject, lowered_subject):
            if " " not in found.group("c") and AT_PLACE.search(subject, 0, found.start("c")):
                continue  # "Entretien de ce matin à Limonest": where
            if pattern is not _TITLE_AT_PLACE or not is_place(subject[found.end():]):
                yield _without_lead(found.group("c")), 2.0
    weight = 2.0
    # Names sit in the first lines and in the signature; the middle of a long mail adds none.
    scope = text if len(text) <= 4500 else text[:3000] + "\n" + text[-1500:]
    lowered = scope.lower()
    lines: list[str] | None = None  # the lines with a separator, for the one-line patterns
    flowing: str | None = None  # the text with the mailer's wraps joined
    for pattern, needles, starts, one_line in zip(_BODY, _BODY_NEEDLES, _BODY_STARTS, _ONE_LINE,
                                                  strict=True):
        if (relayed and one_line) or not has_all(lowered, needles):
            continue  # an agency's "Name | Desk" lines are its own
        if one_line:
            if lines is None:
                lines = [line for line in scope.split("\n") if _SEPARATOR.search(line)]
            matches: Iterable[re.Match[str] | None] = map(pattern.match, lines)
        else:
            # (a name the mailer wrapped is one name: "tu interés en Farmacéutica\nTibidabo")
            if flowing is None:
                flowing = unwrap(scope)
            matches = finditer_from(pattern, starts, flowing, lowered)
        for found in filter(None, matches):
            yield found.group("c"), weight
            weight = max(0.5, weight - 0.5)
    if not relayed:
        yield from signature_cues(text, sender.name if sender else "")
    for name in sent_to:
        yield name, 3.0
    fields = _employer_fields(scope) if ":" in scope else []
    for name in fields:
        yield name, 3.0
    if has_all(scope, _QUOTED_NEEDLES):
        for found in _QUOTED_POST.finditer(scope):
            yield found.group("c"), 2.5
    platform = ats_of(sender.email) if sender else None
    if platform is None and sender and _WEB_NAME.fullmatch(sender.name.strip()):
        platform = sender.name.strip()  # a site no list knows: its news is a board's too
    if platform and platform not in RELAYS:
        # The news may be the subject: "¡Tu CV fue recibido por Distribuidora del Plata!".
        news = f"{subject}\n{scope}"
        lowered_news = news.lower()
        for pattern, needles, starts in zip(_BOARD_NEWS, _BOARD_NEEDLES, _BOARD_STARTS,
                                            strict=True):
            if has_all(lowered, needles) or has_all(lowered_subject, needles):
                for found in finditer_from(pattern, starts, news, lowered_news):
                    if not is_place(found.group("c")):
                        yield found.group("c"), 2.5
    if fields and has_all(lowered, _FIELD_NEEDLES):
        for name in fields:
            yield name, 6.0  # a form's answer outweighs any guess
    if "(" in scope:
        yield from _defined(scope, domain_label, sender.name if sender else "")
        if sender and domain_label and _service_of(sender.name, domain_label):
            # A signing service names the person who sent the document and the organisation
            # they act for, in brackets: "Pascale Renard (Université du Val-Mosan) vous a
            # envoyé un document à signer" (elsewhere a bracket after a name is the person's
            # desk: "Lena Hofer (Hotellerie & Events)").
            writers = [fold(a.name) for a in (sender, *email.reply_to) if a.name]
            for found in _PERSON_OF_ORG.finditer(scope):
                person = fold(found.group("p"))
                if is_person_name(found.group("p")) or any(
                        w.startswith(person) for w in writers):
                    yield found.group("c"), 2.5
    if has_all(lowered, _PLACE_NEEDLES):
        for found in finditer_from(_PLACE, _PLACE_STARTS, scope, lowered):
            yield found.group("c"), 1.0
    if " with " in lowered and has_all(lowered, (_POST_STARTS,)):
        for found in finditer_from(_POST_WITH, _POST_STARTS, scope, lowered):
            yield found.group("c"), 1.0


_PERSON_OF_ORG = re.compile(rf"(?P<p>{NAME})[^\S\n]+\((?P<c>{NAME})\)")


def _defined(text: str, label: str | None, shown: str) -> Iterator[tuple[str, float]]:
    """A name the mail defines by the acronym its address or its sender's name uses
    ("iwe-institut", "Personalreferat IWE"): the acronym's own words, the surest cue."""
    own = {label, *re.split(r"[-_.]", label)} if label else set()
    own.update(word.lower() for word in shown.split() if word.isupper())
    for found in _DEFINED.finditer(text):
        acronym = found.group(1)
        if acronym.lower() in own:
            start = text.rfind("\n", 0, found.start()) + 1
            name = _NAME_BEFORE.search(text, start, found.start())
            if name:
                # German joins a name's words with a genitive: "Verband der Europäischen
                # Bahnindustrie (VEBI)" starts where its initial does.
                head = _GENITIVE_HEAD.search(text, start, name.start())
                if head and head.group(1)[0] == acronym[0] != name.group("c")[0]:
                    yield text[head.start(1):name.end("c")], 3.5
                else:
                    yield name.group("c"), 3.5


# The head noun of a German name before its genitive: the "Verband" of "Verband der ...".
_GENITIVE_HEAD = re.compile(r"(?<![\w\-])([A-ZÄÖÜ][\w\-]+)[^\S\n]+(?:der|des)[^\S\n]+\Z")


def labels_of(email: Email) -> tuple[str | None, str | None, str | None]:
    """The labels the mail's addresses give an employer: the one an ATS puts in its sender
    address, the employer's own mail domain (the sender's, else the first Reply-To's), and
    the domain of the mail a work address forwards."""
    sender = email.sender
    ats_label = ats_company_label(sender.email) if sender else None
    domain_label = None
    for address in (sender, *email.reply_to) if sender else email.reply_to:
        domain = domain_of(address.email)
        if domain and not is_free_mail(address.email) and platform_of(address.email) is None:
            domain_label = employer_label(registered_label(domain))
            break
    relayed = _forwarded_author(email) or _relayed_person(email)
    relayed_label = employer_label(registered_label(domain_of(relayed))) if relayed else None
    return ats_label, domain_label, relayed_label


def address_labels(email: Email) -> list[str]:
    """The employer labels of the mail's addresses (see `labels_of`), for
    `detect.known`, which remembers how other mail spelled them."""
    return [label for label in labels_of(email) if label]


def _named(label: str, found: tuple[str, bool], known: Mapping[str, str]) -> tuple[str, bool]:
    """How this mail spells an address label, or how earlier mail from the same addresses
    spelled it in full: "Everything ok?" from marcus@driftwood.example names "Driftwood AI"
    when the company's earlier mail signed so. People shorten a name, never lengthen it, so
    the fuller form wins over a short one written here."""
    name, spelled = found
    fuller = known.get(label)
    if fuller and (not spelled or company_key(fuller).startswith(company_key(name))):
        return fuller, True
    return name, spelled


_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc)\s*:", re.IGNORECASE)
_FROM_LINE = re.compile(r"^\W{0,3}(?:from|von|de|de la part de)\s*:[^\n<]*<([^>\s]+@[^>\s]+)>",
                        re.IGNORECASE | re.MULTILINE)


def _forwarded_author(email: Email) -> str | None:
    """The address of the mail a work address forwards ("Fwd:"), when it is an employer's:
    not free mail, not a system sender, not one of the mail's recipients."""
    if not (email.sender and _FORWARD_SUBJECT.match(email.subject)):
        return None
    if is_free_mail(email.sender.email):
        return None
    found = _FROM_LINE.search(email.text, len(email.new_text))
    if not found:
        return None
    address = found.group(1).lower()
    recipients = {a.email.lower() for a in (*email.to, *email.cc)}
    if (address in recipients or is_free_mail(address) or ats_of(address) is not None
            or domain_of(address) == domain_of(email.sender.email)):
        return None
    return address


_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def _relayed_person(email: Email) -> str | None:
    """The address of the person whose invitation or contract a relay or a booking tool
    sends ("Ellie Carr (via Google Calendar)" lists "ellie.carr@saltmarsh.example.com -
    organiser"; Calendly: "Contact felix@ampere-heroes.de"), when it is an
    employer's: the first in the text or the event that is not a recipient's or a system's."""
    if not (email.sender and ats_of(email.sender.email) in RELAYS | SCHEDULERS):
        return None
    recipients = {a.email.lower() for a in (*email.to, *email.cc)}
    for part in (email.new_text or email.text, *email.calendar_parts[:1]):
        for found in _ADDRESS.finditer(part[:6000]):
            address = found.group().lower().rstrip(".")
            if not (address in recipients or is_free_mail(address) or is_no_reply(address)):
                return address
    return None
