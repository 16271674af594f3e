"""What a company name looks like.

Imports `detect.phrases` (for folding) and `detect.places`; pure. `detect.company` weighs the
cues that name an employer; this module holds what those cues share: the shape of a name as
written (capitalized words and their joiners), the words that are never one (greetings, team
words, job titles, places), and `company_key` for comparing names.
`detect.spelling` finds how the text writes a name an address only abbreviates.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from importlib import resources

from assistant.detect.phrases import fold, translator
from assistant.detect.places import is_city, is_place

logger = logging.getLogger(__name__)

# One word of a company name as written; a word ending in "." ends the name ("Retail. We").
# A saint's or a mount's abbreviation is a word of the name: "St. Jude of the Plains Medical
# Center", "Mt. Sinai".
# (Its period is looked for after the word, not as a word of its own: an alternative at the
# start of every word cost 5 % of the classifier's time.)
# What a name's word opens with.
CAPITAL = "[A-Z0-9ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝĆČĐŁŃŘŚŠŹŻŽ]"
W = (rf"(?:{CAPITAL}[\w&'’+\-]*(?:\.\w+)*"
     r"(?:(?:(?<=\bSt)|(?<=\bSte)|(?<=\bMt))\.(?=[ \t][A-Z]))?)")
# A Dutch or German particle after "van"/"von" joins too: "Van der Meulen Automation".
# "for" joins only after an institution's word: "Department for Work and Pensions", "Centre
# for Ageing Research"; elsewhere it starts a role ("Interview for Senior Engineer"). French
# and Spanish write theirs the same way: "Agence pour l'Emploi", "Fundación para la Salud".
_FOR_AFTER = {
    "for": ("Department", "Centre", "Center", "Institute", "Foundation", "Ministry", "Office",
            "Council", "Commission", "Society", "Agency", "Alliance", "Authority", "Fund",
            "Committee", "Association", "Organisation", "Organization", "Federation", "Union",
            "Board", "Trust", "Network", "Programme", "Program", "Academy", "Bureau"),
    "pour": ("Fondation", "Institut", "Centre", "Agence", "Association", "Conseil", "Comité",
             "Observatoire", "Office", "Fonds", "Alliance", "Ministère", "Commission", "Réseau"),
    "para": ("Fundación", "Instituto", "Centro", "Agencia", "Asociación", "Consejo", "Comité",
             "Observatorio", "Oficina", "Fondo", "Alianza", "Ministerio", "Comisión", "Red"),
}


# The words a purpose may follow a few words later: "Fondation Léman pour le Développement".
PURPOSE_HEADS = frozenset(head for heads in _FOR_AFTER.values() for head in heads)
# German "der" joins a name only after a public body's or an association's word ("Magistrat
# der Stadt Salzburg", "Verband der Kommunalwirtschaft"); elsewhere a capitalized noun stands
# before it ("Personalgewinnung der Gesundkasse", "im Namen der Medaxis").
_DER_HEADS = ("Magistrat", "Verband", "Bundesverband", "Landesverband", "Vereinigung",
              "Kammer", "Bundeskammer", "Landeskammer", "Institut", "Stiftung", "Akademie",
              "Bundesanstalt", "Landesanstalt", "Anstalt", "Gemeinschaft", "Kassenärztliche",
              "Haus")
# A German venue or house is named by where it stands, and an inn or a pharmacy by its sign:
# "Kongresshalle am Hain", "Klinikum an der Weißach", "Theater im Pfalzbau", "Apotheke zur
# Post". Only after such a word: elsewhere "am" opens a day ("Gespräch am Montag").
# So is a doctor's or a dentist's practice: "Zahnmedizin am Aegi", "KFO-Praxis am Schlossgarten",
# "MVZ am Klinikum Linden".
_SITE_HEADS = ("[Hh]alle", "[Tt]heater", "[Kk]linikum", "[Kk]liniken", "[Kk]linik", "[Hh]aus",
               "Hotel", "Schloss", "[Mm]useum", "[Zz]entrum", "[Bb]ühne", "[Bb]ühnen", "Forum",
               "[Ss]chule", "Apotheke", "Gasthof", "Kirche", "[Pp]raxis", "[Pp]raxen",
               "[Zz]ahnmedizin", "MVZ")


def _joined_after(word: str, heads: tuple[str, ...]) -> str:
    """`word` as a joiner where it follows one of `heads` (looked for first: cheap), with
    the article after it ("pour la", "para el")."""
    behind = "|".join(rf"(?<={head}[ \t])" for head in heads)
    return rf"(?={word})(?:{behind}){word}(?:[ \t](?:the|la|le|les|el|los|las))?"


# ("y el", "et du": a name's second half with its article, "Museo de la Seda y el Azahar",
# "Musée de la Dentelle et du Textile")
JOIN = (r"(?:&|of the|of|de la|de las|de los|de|du|des|la|le|and|und|y|i|e|et|del|d'|für|di|"
        r"y (?:el|la|los|las)|et (?:du|de la|des|la|le)|"
        r"(?<=[Vv][ao]n[ \t])(?:der|den)|"
        + "|".join(_joined_after(word, heads) for word, heads in _FOR_AFTER.items())
        + "|" + _joined_after("der", _DER_HEADS)
        # (a date after "am" is the day's: "Alsterpark Kliniken am 24.02")
        + "|" + "|".join(_joined_after(word, _SITE_HEADS) + r"(?=[ \t]+[A-ZÀ-Ü])"
                         for word in ("am", "an der", "im", "zum", "zur")) + ")")
# French and Italian elide the article into the next name word: "Banque d'Armorique". A word
# after the first may open with one small letter before a capital: "Shannon eBikes".
NAME = (rf"{W}(?:[ \t]+(?:{W}|[a-z](?=[A-Z][a-z])[\w&'’+\-]*|[dl]['’]{W}"
        rf"|{JOIN}(?=[ \t]+(?:[dl]['’])?[A-Z0-9À-Ü])))*")

TEAM = (
    r"recruiting|recruitment|recruiters?|recruit|talent acquisition|talents|talent|hiring|"
    r"early careers|"
    # An agency's desk for new candidates: "Registrations Team".
    r"registrations|candidate registrations|"
    # A scheduling tool's sender: "Stacklane Commerce Scheduling <no-reply@goodtime...>".
    r"interview scheduling|scheduling|"
    r"graduate careers|campus|careers|career|jobs|hr operations|hr ops|human resources|hr|"
    r"people ops|"
    r"people operations|people|resourcing|experienced hires?|experienced hiring|"
    r"graduate recruitment|campus recruitment|personalreferat|personalstelle|personalamt|"
    r"bewerbungsstelle|bewerbungen|"
    # Austria's "Personalbüro" and payroll ("Personalverrechnung & HR").
    r"personalbüro|personalbuero|personalburo|personalverrechnung|"
    r"people & culture|team|recrutement|rh|ressources humaines|emplois?|carrières?|"
    # Quebec's word for staffing: "Dotation - Ville de Québec".
    r"dotation|"
    r"reclutamiento|postulaciones|selección|seleccion|selecció|seleccio|rrhh|recursos humanos|"
    r"recursos humans|"
    # Latin America's names of the unit: "Gestión Humana", "Talento Humano", "Capital Humano"
    # (before "talento": the first alternative that fits wins, and would leave "Humano").
    r"gestión humana|gestion humana|talento humano|capital humano|desarrollo humano|"
    # "Gestión del Talento del Banco Andino": the unit of talent management.
    r"gesti[oó]n del? talento|"
    # A public employer's desk: "Junta Regional de Valdeduero - Empleo Público".
    r"empleo p[uú]blico|talento|empleos?|personas|gente y cultura|gente|"
    # A practice's staff, who sign for it: "Praxisteam Zahnwerk", "Praxismanagement MVZ
    # Auenwald"; the HR team: "Personalteam des Alpenblick Verlags".
    r"praxisteam|praxis-team|praxismanagement|personalteam|personal-team|"
    # Argentina's word for a hiring search: "Búsquedas <busquedas@...>".
    r"búsquedas|busquedas|"
    # Spain's e-government office that files an application: "Sede Electrónica Ayuntamiento
    # de Sevilla".
    r"sede electr[oó]nica|registro electr[oó]nico|"
    # ... and Chile's: "Depto. de Gestión de Personas".
    r"gesti[oó]n de personas|desarrollo de personas|"
    r"personal|personalabteilung|karriere|stellen|bewerbermanagement|bewerbungsmanagement|"
    r"bewerbungsservice|bewerberservice|"
    r"personalmanagement|rekrutierung|"
    # Mexico's "Atracción de Talento" (folded too: units are matched both ways).
    r"atracci[oó]n de talento|atracci[oó]n|adquisici[oó]n de talento|captaci[oó]n de talento|"
    # Abbreviated HR units ("DRH", "DRHM", "GRH") and Italian ones ("Ufficio Selezione").
    r"drh\w?|grh|dhr|selezione|risorse umane|personale|personalwesen|personaldienst|"
    # A careers site that writes: "Karriereportal LSBG", "Jobportal Stadt Lindau".
    r"karriereportal|jobportal|bewerberportal|bewerbungsportal|stellenportal|careers portal|"
    r"career portal|jobs portal|portal de empleo(?: p[uú]blico|(?! p[uú]blico))|portal del empleo|"
    r"bolsa de empleo|bolsa de trabajo|"
    # A careers page's call, as a sender's name: "Trabaja con nosotros CMQH".
    r"trabaja con nosotros|trabaje con nosotros|únete a nosotros|unete a nosotros|"
    r"rejoignez-nous|travaillez avec nous|"
    # Spain's and Latin America's hiring of contractors: "Secretaría de Movilidad -
    # Contratación", "Equipo de Contratación".
    r"contrataci[oó]n"
)

# Words that are never a company on their own, and words that end a name ("Acme Talent").
_NOT_NAME_WORDS = """
    we i you our the a an us thank thanks dear hi hello unfortunately leider your ihre votre
    tu su ihnen sie euch ihrem ihren ihrer ihres dich dir usted ustedes
    re fwd fw aw wg tr rv interview interviews application update invitation job jobs
    careers recruiting talent team hr next steps position role offer candidate hiring human
    resources bewerbung candidature candidatura postulación postulacion gracias merci danke
    remerciement remerciements danksagung dankeschön agradecimiento agradecimientos
    datenschutz datenschutzinformation datenschutzinformationen datenschutzhinweis
    datenschutzhinweise datenschutzerklärung dsgvo rgpd gdpr
    reglamento règlement verordnung
    nachrichten neuigkeiten
    vielen new this that and
    updated einladung abgesagt annulé annule cancelación cancelacion cancelled canceled entrevue
    invitation employment cv resume kennenlernen entretien entrevista gespräch termin status
    stand sachstand verfahren auswahlverfahren bewerbungsverfahren
    termins gesprächs vorstellungsgesprächs bewerbungsgesprächs interviewtermins
    feedback confirmation reminder rappel erinnerung recordatorio accepted declined moved
    what why how when where who which
    entschuldigung disculpas disculpa excuses apologies apology
    monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo
    rescheduled referenz reference ref req référence referencia cancelada cancelado annulée
    aktualisiert actualizada actualizado modifié modificada geändert modification
    modificación modificacion änderung anderung changement
    convocatoria convocation resultado résultat ergebnis proceso processus yes no maybe oui
    non peut-être ja nein vielleicht sí si quizás final technical second first third next
    phone video onsite virtual quick short brief initial panel my our
    telephone telefon telefonat telefonisch téléphonique telefónica zoom teams meet missed
    today's today tomorrow's tomorrow yesterday tonight heute morgen gestern demain hier
    aujourd'hui hoy mañana ayer news change changes urgent dringend asap alerts alertas alertes
    urgente urgence important importante wichtig absage zusage refus rechazo rejection entscheidung
    mandat
    vertragsangebot arbeitsvertrag anstellungsvertrag dienstvertrag ausbildungsvertrag
    zwischenstand zwischenbescheid zwischennachricht runde
    verschiebung terminverschiebung verlegung bestätigung terminbestätigung décalage aplazamiento
    reprogramación reprogramacion postponement reschedule
    congratulations glückwunsch glückwünsche gratulation félicitations enhorabuena felicidades
    felicitaciones
    direction dirección direccion direzione departamento département departement abteilung referat
    rückmeldung ruckmeldung retroalimentación retroalimentacion retour nouvelles noticias
    respuesta réponse antwort answer reply response novedades
    actualización actualizacion aktualisierung eingangsbestätigung terminänderung
    privacy datenschutz confidentialité privacidad outlook iphone ipad android gmail
    unit units please bitte seguimiento rendez-vous rdv annulation accusé acuse réception
    recepción they she ils elles ellos ellas wir nous sistema
    kunde kunden mandant mandanten client clients cliente clientes vorschlag info infos anfrage
    we've we're we'll dein deine deinen
    notification notifications benachrichtigung benachrichtigungen notificación notificacion
    nächste naechste erste zweite dritte letzte erstes zweites drittes letztes prochaine prochain
    deuxième dernière siguiente
    próxima próximo primera segunda última
    notificaciones mailbox postfach poststelle boîte
    regarding concerning betreffend bezüglich bezuglich concernant telephonic sobre
    relance relances suivi follow-up nachfrage retro
    sorry apologies
    sadly luckily fortunately annoyingly frustratingly thankfully hopefully apparently
    honestly obviously basically malheureusement heureusement lamentablemente
    afortunadamente desafortunadamente
    unterlagen suchauftrag mandat mandate cellule
    interesse interest intérêt interés bedarf
    bewerberpool kandidatenpool talentpool llamado concurso bescheid mandantin kundin
    datenbank bewerberdatenbank kandidatendatenbank aufnahme
    registrierung anmeldung registration inscription inscripción inscripcion registro
    versuch
    auftraggeber auftraggeberin rgpd gdpr dsgvo lopd schritt schritte
    servus grüezi gruezi griass moin hallo hola bonjour salut buenas hey hiya greetings ciao
    liebe lieber liebes guten querida querido queridas queridos estimada estimado estimadas
    estimados chère cher chères chers olá
    he's she's it's that's there's here's what's who's let's he'll she'll i'm i'll i've i'd
    we'd you'd they'd he'd she'd
    you're you've you'll they're they've they'll
    raum großraum grossraum umgebung einsatz einsatzort standort dienstort dienstsitz arbeitsort
    location venue address adresse lieu ort ubicación ubicacion lugar
    tochtergesellschaft tochterunternehmen muttergesellschaft subsidiary filiale filial
    call llamada videollamada appel anruf
    mornings afternoons evenings weekends nachmittags vormittags abends matinées matins
    herr herrn frau mrs ms mme mlle madame monsieur señor senor señora senora
    he er sie il elle él ella ich je yo
    are is was were got get have has had did does can could would should shall might must
    been being also just still any some
    propuesta proposition proposta angebot oferta offre contrato contrat vertrag contract charla
    confidential confidentiel confidentielle confidencial vertraulich equipe l'equipe equipo
    sr snr jr jnr sra srta
    phd mba msc bsc rn bsn msn pmp cpa cfa acca cipd mcipd fcipd phr sphr shrm-cp shrm-scp
    chrp cphr esq llm
"""
# (A form's field names the place of a meeting, not a firm: "Location Glenmore Pharma, Block
# 4"; nor is a subsidiary's word its name: "unserer Tochtergesellschaft X". Times of the
# week: "Mornings ET are best for me". The last lines: seniority, "Sr. Manager", and the
# letters after a signer's name, "Carla Mendes, SHRM-CP": no name.)
NOT_NAMES = frozenset(fold(w) for w in _NOT_NAME_WORDS.split())
_INNER = frozenset({"the", "and"})  # joiners that a longer name has inside it
# News, in a headline alone ("Nouvelles de votre candidature"), is "new" inside a name.
_INNER_NEWS = frozenset({"nouvelles", "news"})
# ... but not a headline's own adjective: "Quelques Bonnes Nouvelles", "Vos Dernières Nouvelles".
_HEADLINE_ADJECTIVES = frozenset({"bonnes", "mauvaises", "dernieres", "excellentes", "belles",
                                  "vos", "nos", "des", "les", "quelques"})
# ... and the capitalized article of a proper name inside it: "Hospital La Paz", "Residencial
# El Carmen", "Résidence Les Tilleuls".
_INNER_ARTICLES = frozenset({"El", "La", "Los", "Las", "Le", "Les"})
# ... and, well inside a long name, the lower-case articles and joiners of Spanish and Catalan
# before a word of the name: "Red de Ciudades por el Clima", "Servicio a la Ciudadanía",
# "Transportes Ribas i Fills".
_INNER_JOINERS = frozenset({"el", "la", "los", "las", "a", "i"})
# Where a name is written from, after it: "Skelton Valves Office", "Bramble & Co Store Support
# Centre", "Acme Head Office".
_FRAME_END = re.compile(
    r"\s+(?:(?:store\s+)?support\s+(?:office|centre|center)|"
    # "Northline Transit Partners Field Office", "Acme Site Office": one of its offices.
    r"(?:head|field|site|project|branch|regional|area)\s+office|office)$",
    re.IGNORECASE)
# ... but a public body's name ends with it: "Australian Taxation Office", "National Audit
# Office", "European Patent Office".
_PUBLIC_HEAD = re.compile(
    r"^(?:australian|british|canadian|european|federal|national|state|scottish|welsh|irish|"
    r"government|public|regional|county|municipal|u\.?s\.?|u\.?k\.?)\s", re.IGNORECASE)
# ("EUFINSA Selection", "BOSA - Sélection": the selection unit of a public body.)
_TRAILING = re.compile(rf"(?:[\s\-]+(?:{TEAM}|acquisition|s[ée]lection|selecci[óo]n)\b)+$",
                       re.IGNORECASE)
# The employer's unit, named after it: "Metro County Department of Human Resources" ("the
# Department of Transportation" alone is a name).
_UNIT_TAIL = re.compile(
    rf"(?<=\S)[\s,\-]+(?:department|dept\.?|division|office|directorate|bureau)"
    rf"\s+(?:of|for)\s+(?:the\s+)?(?:{TEAM})$", re.IGNORECASE)
# A role's short form after the employer, as subjects write it: "Voltgrid TPM - next steps".
# ... or the department's: "Harbor Bank L&D role".
_ROLE_TAIL = re.compile(r"[ \t]+(?:TPM|PM|PMO|SRE|QA|UX|UI|SWE|SDE|EM|BA|L&D|R&D|T&D|FP&A)$")
_TITLE = re.compile(  # matched against the lower-cased name (faster than IGNORECASE)
    r"\b(?:manager|engineer|developer|designer|analyst\w*|scientist|architect|"
    r"consultant\w*|specialist|director|controller|accountant|administrator|programmer|"
    r"researcher|bookkeeper|(?:under|copy)?writer|actuary|paralegal|buyer|steward|estimator|"
    r"archivist\w*|acheteu\w*|eink[äa]ufer\w*|inspector|inspecteur|inspektor(?:in)?|"
    # An auditor, a representative, a sales executive (not "Executive Search").
    r"auditor|auditeur|auditrice|auditorin|representative|sales executive|disponent(?:in)?|"
    # ("Vertriebsleiter" and "Technischer Vertrieb" are a post; "Rebenhof Vertrieb" a firm.)
    r"buchhalter\w*|comprador[a]?|gesch[äa]ftsf[üu]hr\w*|inhaber\w*|vorstand\w*|vertrieb\w+|"
    r"technische[rn]? vertrieb|controleu\w*|contrôleu\w*|intern|internship|"
    # An engineer, not an engineering firm ("Ingenieurbüro Vogt", "Ferrovial Ingeniería").
    r"lead|ingenieur(?:in|e|en|s)?|ingénieur(?:e|s|es)?|ingenier[oa]s?|entwickler\w*|"
    r"(?:co-?)?founder|gr[üu]nder(?:in)?|fundador[a]?|fondat(?:eur|rice)|ceo|cto|coo|cfo|cpo|"
    r"cio|ciso|cmo|chro|daf|drh|"
    r"développeu\w*|desarrollador\w*|analista|responsable|"
    r"técnic\w*|tecnic\w*|technic(?!al\b)\w*|graduate|scheme|programme|trainee|apprentice\w*|"
    r"vacante|stelle|poste|sachbearbeit\w*|"
    # A staff post: "Stabsstelle Pflegeentwicklung".
    r"stabsstelle|"
    # Who leads, and the care professions: "Head of School", "Matron".
    r"head of|chief|vice president|president[ea]?|coordina(?!tion\b)\w*|supervis\w*|"
    r"lecturer|nurse|matron|enfermer[oa]s?|infirmi[eè]re?s?|"
    r"business partner|generalist|officer|recruiter|advis[eo]r|assistant|associate|"
    r"product owner|scrum master|"
    # ("Asesoría Laboral Carmona", "Gestoría Arrabal" are firms: an asesoría advises, a
    # gestoría does paperwork, as a cabinet does.)
    r"asesor(?!(?:ía|ia)s?\b)\w*|gestor(?!(?:ía|ia)s?\b)\w*|conseill\w*|reclutador\w*|"
    r"consultora?\b|charg[ée]e?|"
    r"directeur|directrice|director[a]?|jefe|jefa|"
    # Titles a signature stacks above its organisation, by language; singular only, as
    # firms name themselves in the plural ("Lestrade Avocats", "Pérez Abogados").
    r"gestionnaire|agente? de|recrut(?:eur|euse|rice)|r[ée]dact(?:eur|rice)|adjointe?|stagiaire|"
    r"attach[ée]e?|chef(?:fe)? de|coordonna\w*|sp[ée]cialiste|juriste|avocate?|notaire|"
    r"abogad[oa]|rechtsanw[äa]lt(?:in)?|recruiterin|personaler(?:in)?|sourcer|headhunter|"
    r"teacher|professor|registrar|secretary|superintendent|counsel|"
    r"(?:talent|people|recruitment|resourcing|hr|l&d)(?: acquisition)? (?:partner|executive)|"
    r"puesto|position|role|review|entretien|entrevista|meeting|especialista|"
    r"planificador[a]?|planificat(?:eur|rice)|formador[a]?|format(?:eur|rice)|ausbilder(?:in)?|"
    r"modell?er|planner|scheduler|dispatcher|call|backend|back-end|frontend|front-end|"
    r"fullstack|full-stack|devops|"
    r"dise[ñn]ador[a]?|concept(?:eur|euse|rice)|techniker(?:in)?|asistente|trainer(?:in)?|"
    # The trades and the floor, singular only ("Sparks Electricians" is a firm); no word that
    # is a surname too ("Koch", "Kellner", "Carpenter") or a workshop's ("Taller Mecánico").
    r"electrician|elektriker(?:in)?|[ée]lectricien(?:ne)?|electricista|mechatroniker(?:in)?|"
    r"mechanic|m[ée]canicien(?:ne)?|receptionist|rezeptionist(?:in)?|r[ée]ceptionniste|"
    r"recepcionista|h[ôo]te(?:sse)?|waiter|waitress|kellnerin|serveu(?:r|se)|camarer[oa]|"
    r"cuisini(?:er|[èe]re)|cociner[oa]|lagerist(?:in)?|magasini(?:er|[èe]re)|carretiller[oa]|"
    r"welder|schwei(?:ß|ss)er(?:in)?|soudeu(?:r|se)|soldador[a]?|plumber|plombier|fontaner[oa]|"
    r"menuisier|carpinter[oa]|cashier|kassierer(?:in)?|caissi(?:er|[èe]re)|cajer[oa])\b"
    # A day or a month before a date or a range, a day at the end: "Call Tue 14", "Mon-Fri",
    # "Interview Mon"; a month ends a name only after its day ("Call 14 Mar"). Before a word
    # or at a name's end it is the name's: "Fundación Mar Abierto", "Hotel Marbella Mar".
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?=[\s.,]*\d|[\s.]*[-–/])|\b(?:mon|tue|wed|thu|fri|sat|sun)[\s.,]*$"
    r"|(?<=\d )(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$",
)
# Title words that end a compound, or sit inside one: "Personalberater", "Teamleiterin",
# "Bereichsleitung", "HR-Fachfrau", "Personalfachmann", "HR-Mitarbeiterin",
# "Pflegedirektorin", "Altenpfleger", "Pflegefachkraft", "Subgerente", "Telefoninterview",
# "Vorstellungsgespräch", "Prüfstandtechniker", "Küchenchef", "Laboraushilfe". Apart from
# `_TITLE`, as plain text: written as `\w*leiter\w*` inside it, each was tried from every word
# start, backtracking through the word (half of the time the classifier spent on titles).
_TITLE_INSIDE = re.compile(r"berater|referent|leiter|leitung\b|fachfrau\b|fachmann\b|assistenz\b|"
                           r"zeichner(?:in)?\b|\Btechniker(?:in)?\b|\Bchef(?:in)?\b|"
                           r"mitarbeiter(?:in)?\b|direktor|pfleger|fachkraft\b|gerente\b|"
                           r"interview|gespr[äa]ch|koordinat|aushilf|"
                           # "Praxismanagerin", "Office Managerin"
                           r"manager(?:in)?\b")


def _has_title(lowered: str) -> bool:
    """Whether lower-cased text has a job title's word (`_TITLE`, `_TITLE_INSIDE`)."""
    return _TITLE.search(lowered) is not None or _TITLE_INSIDE.search(lowered) is not None


LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:inc|llc|llp|lp|ltd|limited|gmbh|mbh|ag|se|sa|sas|sarl|s\.?l\.?|s\.?a\.?|bv|b\.v\.?|plc|"
    r"corp|corporation|co|kg|gmbh & co\.? kg|ug|oy|ab|as|spa|s\.?p\.?a|srl|s\.?r\.?l|pvt|private|"
    r"pte|pty|nv|n\.v|asa|oyj|e\.\s?v|association|sa de cv|s\.?a\.? de c\.?v|mbb|partg|ett|dac|clg|"
    r"partg mbb|partgmbb|&|"
    # Belgium's non-profits: "EuroRights Collective AISBL", "Ligue ASBL", "VZW", "IVZW".
    r"aisbl|asbl|ivzw|vzw|"
    # Belgium's cooperative since 2019: "Banque coopérative du Namurois SC".
    r"sc|"
    # Central and Northern Europe, Portugal, Japan, Turkey: "Sp. z o.o.", "s.r.o.", "ApS".
    r"sp|sp\.? z o\.?o|s\.?r\.?o|a\.?s|aps|a/s|kft|zrt|nyrt|d\.?o\.?o|lda|k\.?k|a\.?ş|"
    r"eg|e\.?gen|ggmbh|gbr|ohg|kgaa|e\.?k|sasu|eurl|selarl|s\.?l\.?u|snc|"
    # Switzerland's cooperative as its register writes it: "Helvetmarkt Genossenschaft";
    # Portugal's one-person company, Spain's and Catalonia's cooperatives and labour
    # companies, Austria's sole trader and partnership: "LisboaStay Unipessoal Lda", "SCCL",
    # "S. Coop.", "S.L.L.", "e.U.", "OG".
    # (a region's cooperative: "S. Coop. And.", "S. Coop. Gal.", "S. Coop. Mad.")
    r"genossenschaft|unipessoal(?:[ \t]+lda)?|sccl|"
    r"s\.?[ \t]?coop\.?(?:[ \t](?:v|and|gal|mad|arag|cat)\.?)?|slne|s\.?l\.?l|"
    # German professions' companies, whose form the law makes part of the name: "Kessler &
    # Brandt Steuerberatungsgesellschaft mbH".
    r"(?:steuerberatungs|wirtschaftspr(?:ü|ue|u)fungs|rechtsanwalts|partnerschafts)"
    r"gesellschaft(?:[ \t]+mbh)?|"
    r"e\.u|og|"
    # Peru's civil partnership: "Paredes Loayza & Asociados S.Civil de R.L.".
    r"s\.?[ \t]?civil[ \t]de[ \t]r\.?[ \t]?l|"
    # A German mutual insurer: "Kölner Pensionskasse VVaG", "Landbrand Versicherungsverein a.G.".
    r"vvag|v\.?v\.?a\.?g|a\.\s?g|"
    # The Maghreb, Egypt, the Gulf, South-East Asia: "S.A.R.L.", "SARLAU", "S.A.E.", "PJSC",
    # "FZ-LLC", "W.L.L.", "Sdn. Bhd.".
    r"s\.?a\.?r\.?l|sarlau|s\.a\.e|sae|p\.?j\.?s\.?c|p\.?s\.?c|j\.?s\.?c|fz-?llc|fze|fzco|w\.?l\.?l|"
    r"(?:sdn\.? )?(?:bhd|berhad)|tbk|"
    # A German public body's form: "Anstalt des öffentlichen Rechts", "AöR", "KdöR".
    r"(?:anstalt|körperschaft|koerperschaft) des (?:öffentlichen|oeffentlichen) rechts|"
    # ... and a grouping of them for one task: "Nahverkehrsverbund Hellweg – Zweckverband".
    r"a\.?ö\.?r|kdör|zweckverband|"
    # Austria's "Ges.m.b.H." and an operating company's form: "Betriebsges.m.b.H.",
    # "Betriebsgesellschaft m.b.H.", "Wien Betriebs GmbH".
    r"ges\.?m\.?b\.?h|betriebs(?:ges\.?m\.?b\.?h|gesellschaft(?: m\.?b\.?h)?|[\s-]+gmbh)|"
    # Luxembourg and Switzerland: "S.à r.l.", "Sàrl", and "S.à" where a name pattern stops.
    r"s\.?\s?à(?:\.?\s?r\.?\s?l)?|sàrl|"
    # Latin America: "S.A.S.", "E.S.P." (a public-service company), "Ltda.", "S. de R.L.",
    # Peru's "S.A.C.", "S.A.A.", "E.I.R.L." and "S.C.R.L.", Argentina's "S.A.U.", "EIRELI".
    r"s\.?a\.?s|e\.?s\.?p|ltda|s\.? de r\.?l(?:\.? de c\.?v)?|s\.?a\.?[acu]|e\.?i\.?r\.?l|"
    r"s\.?c\.?r\.?l|eireli)\.?$",
    re.IGNORECASE,
)
# Words of a trade, folded: a company adds one to its name in its domain ("verbenahoteles",
# "grupoandino"), and one alone names no company ("mein Kunde (Versicherung, Köln)").
_SECTOR_TEXT = """
    group foods food health healthcare hotels hotel labs tech technologies systems software
    studio studios design media energy bank insurance logistics mobility engineering pharma
    robotics analytics capital partners consulting solutions digital games retail care
    clinic medical finance security telecom networks data architects publishing travel
    airlines rail freight water power gruppe logistik technik versicherung medizintechnik
    energie mobilitaet systeme kliniken klinik groupe conseil assurances banque sante
    hotellerie logistique ingenierie mutuelle grupo hoteles seguros banco energia salud
    logistica ingenieria tecnologia alimentos viajes
"""
SECTOR_WORDS = frozenset(_SECTOR_TEXT.split())
# A firm's functions, whose teams write: "del equipo de Producto de Salutia", "l'équipe Produit
# de X". The team's word before the organisation's name, never its head noun.
_FUNCTION_TEXT = """
    producto produit product ventas ventes sales marketing tecnología tecnologia technique
    datos données donnees data finanzas finance operaciones opérations operations ingeniería
    ingenieria ingénierie ingenierie diseño diseno design comunicación comunicacion
    communication logística logistica logistique calidad qualité qualite compras achats
    sistemas systèmes systemes
"""
FUNCTION_WORDS = frozenset(fold(word) for word in _FUNCTION_TEXT.split())
FUNCTION = "|".join(sorted(set(_FUNCTION_TEXT.split()), key=len, reverse=True))

NON_ALNUM = re.compile(r"[^0-9a-z]+")
_german = translator(
    str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"}))
_UMLAUT = re.compile("[äöüÄÖÜ]")
NAME_RE = re.compile(NAME)
# A meeting's word, alone or in a compound, folded ("videoentrevista", "telefoninterview"): a
# subject's event before a name, never the name's own word.
MEETING_COMPOUND = re.compile(r"\w*(?:interview|entrevista|entretien|gesprach|llamada|call)")
TEAM_WORD = re.compile(
    rf"(?:{TEAM}|equipo|equipe|service|servicio|departamento|departement|abteilung|unit)")
# A unit of an organisation, named alone: "Personalservice", "Bewerbungsportal", "Selección
# de Personal", "Human Resources Department" (folded; compounds of unit words count).
UNIT = re.compile(
    rf"(?:(?:{TEAM}|equipe|equipo|service|servicio|departamento|departement|department|abteilung|bewerbung(?:en|s)?|"
    rf"portal|serviceeinheit|einheit|unit|unidad|office|oficina|bureau|ufficio|direction|direccion|direzione|"
    # "Human Resources Section", "Staffing Division", "HR Branch".
    rf"section|division|branch|seccion|sektion|"
    # A public body's directorates: "Dirección General de Recursos Humanos".
    rf"general|generale|subdireccion|sous-direction|"
    rf"entwicklung|gewinnung|betreuung|management|fachbereich|fachabteilung|acquisition|"
    # HR's own desks and France's and Belgium's "Service Sélection": "HR Contracts UCC".
    rf"selection|contracts|payroll|onboarding|"
    # A German public body's divisions: "Dezernat 3 - Personal", "Referat Personal".
    rf"dezernat(?: \d{{1,2}})?|referat(?: \d{{1,2}})?|sachgebiet|stabsstelle|depto\.?|dpto\.?|"
    # A display name's no-reply part: "Aéro Garonne - Ne pas répondre".
    rf"ne pas repondre|no[\s\-]?reply|do not reply|donotreply|no[\s\-]?responder|nicht antworten|"
    # France's and Belgium's "Service du personnel"; a court's or a parliament's registry.
    rf"personnel|greffe|secretariat|"
    # France's "Pôle Recrutement et Mobilité": a pole of the HR directorate.
    rf"pole|mobilite|movilidad|mobility|"
    # ... and a French body's IT directorate: "DSIN", "DSI", "DNum" ("Direction des systèmes
    # d'information et du numérique").
    rf"dsin|dsi|dnum|"
    # Spain's and Catalonia's "Área de Personas", "Àrea de Persones".
    rf"area|personas|persones|"
    # "Personal und Verwaltung", "Recursos Humanos y Administración": HR and the office.
    rf"verwaltung|administracion|administration|"
    # A public employer's competitions desk: "Sección Concursos", "Servicio de Oposiciones".
    rf"concursos|oposiciones|convocatorias|llamados|concours|"
    # ... and the mailbox that takes applications: "IRMO Candidatures".
    rf"candidatures|candidaturas|postulaciones|"
    rf"de|des|du|del|of|and|und|et|y|&|für|fur)[\s\-]*)+"
)

# One word of a team word and a unit word: "Personalmanagement", "Recruitingteam".
_TEAM_COMPOUND = re.compile(rf"(?:{TEAM})\w+")
# A German unit of one word, its office's noun last ("Drittmittelverwaltung"); with a place
# after it, "Stadtverwaltung Linz" is an employer.
# A German post of one word, "Assistenzstelle", "Teilzeitstelle", is a post, not a name; a
# team of one word, "Dispositionsteam", "Digital-Produktteam", is a unit.
_UNIT_COMPOUND = re.compile(r"[\w-]{4,}(?:verwaltung|abteilung|stelle|team)")

# A date or a time a subject or a line gives ("Change to your interview - July 6", "10am").
_DATE = re.compile(
    r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?::\d\d)?\s?(?:am|pm|h|uhr)"
    # ... the day first, as Europe writes it: "19 March", "3. März", "1er avril", "4 de mayo"
    r"|\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:jan|feb|f[ée]v|m[aä]r|apr|avr|abr|ma[iy]|"
    r"ju[nil]|aug|ao[uû]|ago|sep|o[ck]t|nov|de[cz]|d[ée]c|dic|ene)[^\W\d_]*\.?)"
)
_SPACES = re.compile(r"\s+")
# Only English and German articles are dropped ("The Acme Team"): a French or Spanish one that
# opens a capitalized name is part of it ("Les Ateliers Pivoine", "El Corte Inglés").
_ARTICLE = re.compile(r"^(?:the|die|der|das)\s+"
                      # Spanish names an institution with its article: "El Hotel Arenal quedó
                      # encantado" (not "El Corte Inglés", whose article is its name's).
                      r"|^(?:el|los|las)\s+(?=(?:hotel|hoteles|grupo|banco|hospital|instituto|"
                      r"centro|colegio|ayuntamiento|despacho|estudio|laboratorio|restaurante|"
                      r"club|museo|consorcio|servicio)\b)"
                      # ("La Clínica Santa Justa me ha llamado": the feminine ones.)
                      r"|^(?:la|las)\s+(?=(?:cl[ií]nica|fundaci[oó]n|universidad|escuela|"
                      r"asociaci[oó]n|cooperativa|residencia|farmacia|bodega|agencia|"
                      r"consultora|constructora|distribuidora|aseguradora|academia|mutua|"
                      r"f[aá]brica|federaci[oó]n|c[aá]mara)\b)"
                      # ... and French too: "La Banque du Rhin", "la Clinique Saint-Roch",
                      # "L'Hôpital du Val-Mosan".
                      r"|^l['’]\s*(?=(?:h[ôo]pital|h[ôo]tel|institut|[ée]cole|agence|atelier|"
                      r"auberge|imprimerie|association)\b)"
                      r"|^(?:la|le|les)\s+(?=(?:banque|clinique|maison|soci[ée]t[ée]|caisse|"
                      r"mutuelle|fondation|compagnie|f[ée]d[ée]ration|chambre|mairie|ville|"
                      r"r[ée]gion|m[ée]tropole|coop[ée]rative|fromagerie|biscuiterie|"
                      # ... and its trades' houses: "Retour de la Menuiserie Haag".
                      r"menuiserie|boulangerie|p[âa]tisserie|charcuterie|boucherie|pharmacie|"
                      r"librairie|brasserie|r[ée]sidences?|polyclinique|scierie|imprimerie|"
                      r"quincaillerie|[ée]b[ée]nisterie|auberge|fonderie|tonnellerie)\b)",
                      re.IGNORECASE)
# A city, then the organisation it has a branch of: "Murcia de Grupo Plantilla".
_CITY_OF = re.compile(r"^(?P<p>\S+(?: \S+)?) (?:de la|del|de|du|des) (?P<c>[A-ZÀ-Ý].*)$")
# A French or Spanish article a sentence writes in lower case before a name: "mais la Régie
# des Bus Carolos a décidé", "los Astilleros Vulcano". (The name's own article is a capital:
# "Les Ateliers Pivoine".)
_SENTENCE_ARTICLE = re.compile(r"^(?:(?:la|le|les|el|los|las)[ \t]+|l['’][ \t]*)(?=[A-ZÀ-Ý])")
_JOIN_END = re.compile(rf"\s+{JOIN}$")
# German's formal "you" after a joiner, capitalized as a name's word: "Ihre Bewerbung bei
# BioQuadrat und Ihr Interesse" ends the name at "und".
_AND_YOU = re.compile(r"\s+(?:und|sowie)\s+(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Sie|Ihnen)\b.*$")
# "L'équipe Atelier Boréal", "Personas de Mercado Verde", "Team at Acme": the team, not its name.
# The first words _LEADING can match (folded), so most names skip the regex.
_LEADING_WORDS = frozenset(
    fold(re.sub(r"\[(.)[^]]*\]", r"\1", word))  # "atracci[oó]n" opens "Atracción de Talento"
    for alternative in TEAM.split("|")
    for word in (alternative.split()[0].replace("s?", ""), alternative.split()[0].replace("?", ""))
) | {"l'equipe", "equipe", "el", "das", "the", "team"}
_LEADING = re.compile(
    rf"^(?:(?:l['’]\s*)?[ée]quipe|el equipo|equipo|das team|the team|team|"
    rf"(?:{TEAM})(?:[\s-](?:team|center|centre|desk|hub))?)"
    # ("Talents d'Azurel Facility": the elided article holds on to the name.)
    rf"(?:\s+(?:de la|de|du|des|of|von|at|bei|chez|del)\s+|\s+d['’]\s*|\s+)"
    r"(?=\S)(?!(?:&|and|und|et|y|e)\s)",  # "Talento & Rumbo" is a name of two words
    re.IGNORECASE,
)
# A firm named "Talento" whose trade ends the name is a firm, not a team: "Talento Andino
# Headhunters", "Talento Farma Consultores" (but "Talento Cencosud" is Cencosud's team).
_TALENT_FIRM = re.compile(
    r"(?i:talento|talent|talentos|talents)\s+(?!(?i:acquisition|humano|management|team)\b)"
    r"\S.*\s(?i:headhunters|consultores|consultants|"
    r"consulting|partners|search|selecci[óo]n|recruitment|asociados|associates)")


def is_talent_firm(name: str) -> bool:
    """Whether `name` opens with a talent word and ends with its trade: a firm, not a team."""
    return _TALENT_FIRM.fullmatch(name) is not None


# A logo's text in place of its image: "[Logo Donau Alpina]", "Acme logo", "Logo de Acme".
_LOGO = re.compile(r"^(?:logo|logotipo|logotype)(?:\s+(?:de|of|von|der|du))?\s+|[\s-]+logo$",
                   re.IGNORECASE)
# "Ihr HR-Team Donau Rail": the reader's team at a company; "Ihr Arbeitsvertrag", "mein Chef":
# a thing, a person.
# (Not in capitals: "TU Graz" is a Technische Universität.)
_ADDRESSED = re.compile(
    r"^(?!(?-i:TU|TA)\s)(?:ihr|ihre|dein|deine|your|votre|ton|ta|tu|su|mein|meine|meinem|meinen)"
    r"\s+(?=\S)", re.IGNORECASE)
# "Seitens Limmat Aerostructures", "on behalf of Acme": the company the words speak for.
_POSSESSIVE = re.compile(r"^(?P<c>.+?)['’]s\s+(?P<rest>.+)$")
_VICE = frozenset({"vp", "svp", "evp"})


def _staff(words: str) -> bool:
    """Whether what an organisation's possessive names is its people: a title ("CEO", "VP")
    or a unit ("Hiring Team"); "Sainsbury's Bank" is a name."""
    lowered = words.lower()
    return _has_title(lowered) or lowered in _VICE or bool(UNIT.fullmatch(fold(words)))
_ON_BEHALF = re.compile(
    r"^(?:seitens|vonseiten|namens|(?:im )?namen (?:von|des|der)|im auftrag (?:von|des|der)|"
    r"on behalf of|de la part de|en nombre de|pour)\s+(?=\S)"
    # ... and the client named as such: "Unser Kunde Vaalser Medizintechnik", "notre client X".
    r"|^(?:unser(?:e|em|en)?|our|notre|nuestr[oa]|mein(?:e|em)?|my|mon|ma|mi)\s+"
    r"(?:kunde|kundin|mandant|mandantin|auftraggeber(?:in)?|client|cliente|clienta)[\s,:]+(?=\S)",
    re.IGNORECASE)
# "Round 1", "Stage two", "Étape 2": a step of the process that a subject names.
_STEP = re.compile(r"(?i:round|stage|step|phase|runde|stufe|etappe|[ée]tape|tour|ronda|fase)"
                   r"\s*(?:\d+|[ivx]+|one|two|three|four|eins|zwei|drei|un|deux|trois|uno|dos|tres)")
# "CTO de Mapache Labs", "Recruiter at Acme", "Gründerin von Kiez": a title placed at the
# organisation it works for; the organisation is the name.
_TITLED = re.compile(
    r"^(?P<t>[^\W\d][\w\-]*(?:\s[^\W\d][\w\-]*){0,3}?)\s+(?P<p>at|chez|bei|von|de|del|of|en)\s+"
    r"(?P<c>[A-Z0-9ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÑÁÍÓÚ].*)$"
)
_EXECUTIVE = re.compile(
    r"c[a-z]o|(?:co-?)?(?:founder|fundador[a]?|fondat(?:eur|rice)|gr[üu]nder(?:in)?)|"
    r"mitgr[üu]nder(?:in)?|cofundador[a]?|cofondat(?:eur|rice)|owner|head of \w+"
)
_AT = frozenset({"at", "chez", "bei", "von"})
_THREE_DIGITS = re.compile(r"\d{3}")
_BRAND_DIGITS = re.compile(r"[^\W\d_]{3,}\d{2,4}")  # "Struct360": digits glued to the name
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _number_no_name(words: list[str], index: int) -> bool:
    """Whether `words[index]` is a number no name has: a house, room or reference number
    ("Room 301", "Calle 57 # 9-07", "HR-R-31"), not a brand's digits ("Struct360"), a
    number a name goes on after ("Kaai 730 Logistics") or a founding year that closes a
    long name ("Hotel Eixample 1888")."""
    word = words[index]
    if not _THREE_DIGITS.search(word) or _BRAND_DIGITS.fullmatch(word):
        return False
    if not word.isdigit() or len(word) > 4 or index == 0:
        return True
    if index < len(words) - 1:  # (not a place: "Box 1234 Dublin")
        return not words[index + 1][:1].isupper() or is_place(" ".join(words[index + 1:]))
    return not (index >= 2 and _YEAR.fullmatch(word))
_STREET = re.compile(
    r"(?i)(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|damm|ufer|road|street|avenue|lane|"
    r"rue|calle|avenida|paseo|plaza|plot|suite|block|building|v[ií]a|"
    # ... and the Nordic and Dutch ones: "Marselis Allé 6", "Nørregade 12", "Kalverstraat 4"
    r"allé|vej|gade|gatan|vägen|straat|laan|gracht|kade)\s+\d{1,4}[a-z]?$"
    # ("Gran Vía 15", "Vía Augusta 12", "Rambla Nova 4", "Passeig de Gràcia 21")
    r"|^(?i:calle|rue|avenida|paseo|plaza|carrer|v[ií]a|rambla|ronda|passeig|avinguda|camino|"
    # ... and Belgium's and Catalonia's, number last: "Avenue de la Citadelle 75", "Chaussée
    # de Louvain 12", "Pujada de Sant Domènec 9", "Plaça del Vi 7".
    r"carretera|travesía|rua|avenue|boulevard|chauss[ée]e|quai|impasse|chemin|all[ée]e|"
    r"pujada|baixada|travessera|pla[çc]a|passatge|cam[ií])"
    r"\s.*\s\d{1,4}[a-z]?$"
    # An English address, number first: "90 Old Broad Street", "14 Dock Road".
    r"|^\d{1,4}[a-z]?\s.*\s(?:street|road|avenue|lane|square|quay|terrace|crescent|row|"
    r"drive|way|walk|place|close|gardens|parade|wharf|court|hill|grove|park)$"
    # A British postcode after its town: "London EC2N 1HT", "Norwich NR4 7UA".
    r"|\s(?-i:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})$"
    # A German imprint's register entry: "Amtsgericht Kassel HRA 12345".
    r"|\bHR[AB]\b"
    # A German street alone, without its number: "Seefeldstrasse", "Lindengasse".
    r"|^[A-ZÄÖÜ][a-zäöüß-]+(?:stra(?:ß|ss)e|gasse|allee)$")
# A number, by its sign: "N.º 37", "Nr. 12", "No. 4" (a call's or a posting's, no one's name).
_NUMBER_SIGN = re.compile(r"(?i:n\.?\s?[º°o]\.?|nr\.?|no\.|n[úu]m\.?)\s*\d"
                          # ... or an ordinal alone: "8e" (arrondissement), "3rd", "2º"
                          r"|\d{1,3}(?i:e|er|ère|eme|ème|st|nd|rd|th|º|ª|\.)$")
_CLOCK = re.compile(r"(?i)\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|h|uhr)\b|\d{1,2}h\d\d\b")  # "9h30"
# German compounds that name an event, not a sender: "Terminverschiebung", "Gesprächsabsage".
_EVENT_COMPOUND = re.compile(
    r"\w{3}(?:verschiebung|absage|einladung|bestatigung|anderung|erinnerung|zusage|anfrage)$"
    # ... and the selection's steps and posts: "Probetag", "Probearbeiten", "Schnuppertag",
    # "Stellenausschreibung HHB 31".
    r"|^(?:probetag|probearbeit\w*|schnuppertag|hospitation|stellenausschreibung|"
    r"stellenangebot)$"
    # ... and its appointments: "Telefontermin", "Kundentermin", "Zoom-Termin".
    r"|\w{3}-?termin$")
# The months, in four languages (not those that are names too: "Mars", "Mai", "May", "August").
_MONTH_WORDS = """
    january february april june july september october november december januar februar
    märz juni juli oktober dezember janvier février avril juin juillet août septembre octobre
    novembre décembre enero febrero marzo abril junio julio agosto septiembre octubre
    noviembre diciembre"""
_MONTHS = frozenset(fold(w) for w in _MONTH_WORDS.split())
# A person's title alone, as a cue cuts it from "Dr. Kämpf": no one's company.
_HONORIFICS = frozenset({"dr", "prof", "mag", "ing", "dipl", "mme", "mlle", "sr", "sra"})
# The titles before a person's surname.
_PERSON_TITLES = _HONORIFICS | {"mr", "mrs", "ms", "herr", "frau", "madame", "monsieur", "m",
                                "senor", "senora", "dona", "don", "doctor", "docteur", "dra"}
# What a number counts in an offer's or a post's terms: "30 Wochenstunden", "40 hours".
_COUNTED = re.compile(r"\d+(?:[.,]\d+)?[ \t]+(?i:wochenstunden|stunden|std|hours|heures|horas|"
                      r"euro|eur|chf|prozent|percent|urlaubstage|days|jours|d[ií]as)")
# A public recruitment's reference, a code after its word: "Competition WLUH/CRF/26/02" (a
# regulator's name has a word after it: "Competition Bureau").
_REFERENCE = re.compile(r"(?i:competition|campaign|ref\.?|reference|référence|referencia|"
                        r"kennziffer|kennung)[ \t]+[A-Z0-9][A-Z0-9/\-]+")
# A public body's online office, which its display name gives after the body's name:
# "Universitat del Túria · Seu electrònica", "Registre Electrònic", "Sede electrónica".
_ONLINE_OFFICE = re.compile(r"(?i:seu|sede|registre|registro|oficina|ventanilla)[ \t]+"
                            r"(?i:electr[òóo]nic[ao]?|virtual|telem[àá]tic[ao])")
# A place and its house number with a letter: "Nyhavn 63C", "Hauptstraße 12b" (a brand's number
# has none: "Studio 54").
_HOUSE = re.compile(r"[^\W\d_][\w-]*[ \t]+\d{1,4}[A-Za-z]")
# The plural of initials: "CROs", "NGOs" (a kind of organisation, not one).
_INITIALS_PLURAL = re.compile(r"[A-Z]{2,6}s")
_OPENING_JOIN = re.compile(r"(?i:&|and|und|et)\s|(?:de|del|du|des|of|la|las|los|le|y)\s")
_LETTER = re.compile(r"[^\W\d_]")


_THE = re.compile(r"^(?:The|THE)[ \t]+(?=\S)")


@functools.lru_cache(maxsize=8192)  # names recur: every cue and every address name asks
def company_key(name: str) -> str:
    """A company name reduced for comparison: "ACME GmbH", "Acme" and "ÀCME" share "acme".

    Legal suffixes go, however many ("Sundaram Infotech Pvt. Ltd."); German umlauts are
    spelled out, as addresses and ASCII systems write them ("Kiezküche" is "kiezkueche").
    """
    # ("Bramble & Co." and "Bramble" are one firm, as the display keeps its "& Co."; so are
    # "The Royal Caledon University" and "Royal Caledon University".)
    name = _THE.sub("", name.strip())
    return NON_ALNUM.sub("", fold(_german(_AND_CO_END.sub("", without_legal_form(name)))))


COMMON_WORDS_FILE = "common_words.txt"


@functools.cache
def _common_words() -> frozenset[str]:
    text = resources.files(__package__).joinpath(COMMON_WORDS_FILE).read_text(encoding="utf-8")
    return frozenset(text.split())


def is_common_word(word: str) -> bool:
    """Whether job-search mail writes `word` in lower case (`bench/common_words.py` made the
    list from the mail of many inboxes): "Outcome" or "Planta" heading a line is no name."""
    return fold(word) in _common_words()


def is_title_line(line: str) -> bool:
    """Whether a signature line states a job title ("Recruiter", "Jane Doe | HR Advisor")."""
    return _has_title(_without_firm_plural(line.lower()))


# Professions in the plural that end a firm's name: "Berger Kessler Ingenieure", "Holm
# Architekten", "Fraser Engineers" (a title is one person's: "Ingenieurin", "Engineer").
_FIRM_PLURALS = frozenset({"ingenieure", "architekten", "engineers", "architects", "ingenieros",
                           "ingénieurs", "ingenieurs", "arquitectos", "architectes",
                           # "Áurea Consultores", "Vidal Abogados", "Lefort Avocats"
                           "consultores", "consultants", "abogados", "avocats", "asesores",
                           "auditores", "rechtsanwälte", "rechtsanwalte", "notaires"})
_FIRM_PLURAL = re.compile(rf"\b(?:{'|'.join(_FIRM_PLURALS)})\b")


def _without_firm_plural(lowered: str) -> str:
    """A lower-cased name or line without the plural profession that ends a firm's name."""
    if _FIRM_PLURAL.search(lowered) is None:
        return lowered
    words = without_legal_form(lowered).split()
    if len(words) >= 2 and words[-1] in _FIRM_PLURALS:
        return " ".join(words[:-1])
    return lowered


# What mail and calendar programs put before a subject: "Re:", "Fwd:", and an event's
# status ("Canceled: Redfern Therapeutics Onsite", "Invitation mise à jour : ...").
_SUBJECT_PREFIXES = re.compile(
    r"^(?:(?:re|fwd?|aw|wg|tr|rv|enc|cancell?ed(?: event)?|canceled|abgesagt|annulé|annule|"
    r"cancelad[oa]|(?:updated )?invitation|einladung(?: aktualisiert)?|aktualisiert|"
    r"invitation mise à jour|invitación(?: actualizada)?|updated|accepted|declined|"
    r"angenommen|abgelehnt|accepté|refusé|aceptado|rechazado)\s*:\s*)+", re.IGNORECASE)


def without_prefixes(subject: str) -> str:
    """`subject` without what mail and calendar programs put before it."""
    return _SUBJECT_PREFIXES.sub("", subject)


# What is left of "Recruiting Center" or "Talent Hub" once the team word goes: no name alone
# (and no unit word either: "Centre Hospitalier" opens a name).
# (... and sales alone, "Vertrieb", though "Rebenhof Vertrieb" names a sales company.)
_LONE_UNITS = frozenset({"center", "centre", "desk", "hub", "vertrieb"})
# A language alone is a skill, never the employer: "if something with German or French comes
# up". (Inside a name it is the name's: "English Heritage", "Deutsch Consulting".)
_LANGUAGES = frozenset(fold(word) for word in (
    "english", "german", "french", "spanish", "italian", "portuguese", "dutch", "czech",
    "polish", "catalan", "arabic", "chinese", "mandarin", "japanese", "russian", "englisch",
    "deutsch", "französisch", "spanisch", "italienisch", "anglais", "allemand", "français",
    "espagnol", "italien", "néerlandais", "inglés", "alemán", "francés", "español", "italiano",
    "catalán"))
# A business function alone is a department, never the employer: "Recruiter, Clinical
# Operations", "the CS role" spelled out as "Customer Success".
_FUNCTIONS = frozenset({
    "customer success", "customer service", "customer support", "clinical operations",
    "quality assurance", "quality control", "regulatory affairs", "medical affairs",
    "supply chain", "business development", "patient care", "product management",
    "information management", "records management", "data management", "building services",
    "clinical research", "research and development", "information technology",
    "data science", "people operations", "revenue operations", "sales operations",
    "customer experience", "user experience", "product design", "digital experience",
    # A subject's "Customer Insights - próximos pasos": the team the role is in.
    "customer insights", "consumer insights", "market insights", "business intelligence",
    "data analytics", "product analytics", "marketing analytics", "growth marketing",
    "digital marketing", "performance marketing", "brand management", "revenue management",
    "internal audit", "risk management", "data protection", "legal operations",
    "financial planning", "corporate finance", "talent management", "procurement operations",
    # Training: "CV – Learning & Development roles", "Personalentwicklung".
    "learning & development", "learning and development", "l&d",
    "personalentwicklung", "formation continue", "formacion continua",
    # Operations teams by their short names: "Cancelled event: Design Ops interview".
    "design ops", "designops", "product ops", "sales ops", "rev ops", "revops", "dev ops",
    "marketing ops", "data ops", "dataops", "bizops", "biz ops", "ops",
    # A support function by its desk: "Re: Service Desk role - feedback".
    "service desk", "help desk", "helpdesk", "it service desk", "it support", "it helpdesk",
    "reg affairs",
    # ... and in the other languages: "Especialista en Asuntos Regulatorios".
    "asuntos regulatorios", "atencion al cliente", "servicio al cliente", "cadena de suministro",
    "control de calidad", "aseguramiento de calidad", "desarrollo de negocio",
    "affaires reglementaires", "service client", "relation client", "assurance qualite",
    "controle qualite", "developpement commercial", "chaine logistique",
    "finance operations", "finance ops", "people ops", "hr ops", "business operations",
    "key account management", "account management", "aftersales", "after sales",
    "kundenservice", "kundendienst", "qualitatssicherung", "qualitaetssicherung",
    "qualitatsmanagement", "qualitaetsmanagement",
})


# ...and a role's or a function's short form: "Re: PM role", "the SDR opening", "Re: FP&A
# role" (financial planning and analysis).
_ROLE_SHORT = frozenset({"pm", "tpm", "pmo", "swe", "sde", "sre", "sdr", "bdr", "qa", "ux",
                         "ui", "ml", "bi", "fp&a", "m&a", "r&d", "l&d",
                         "id",  # ("ID role": instructional design)
                         "hrbp", "ehs", "csm", "kyc", "aml",
                         # clinical research: "Entretien ARC" (attaché de recherche clinique),
                         # "proceso de CTA" (clinical trial assistant), CRA, CRC; a kind of
                         # firm, the contract research organisation: "deux ans en CRO"
                         "cra", "cta", "crc", "arc", "cro",
                         # health and safety: "Técnico PRL", "the CDM role", "SHEQ Advisor" (not
                         # "HSE": Ireland's Health Service Executive hires)
                         "prl", "cdm", "sheq", "hseq", "qhse", "qse", "sst", "ohs", "whs",
                         "h&s", "nebosh", "iosh",
                         # IT support's levels: "Mission support N1", "2nd level"
                         "n1", "n2", "n3", "l1", "l2", "l3",
                         # maps: "a GIS role with my client"
                         "gis", "sig",
                         # customer success and experience: "Re: CS role", "the CX team"; a
                         # security operations centre: "el SOC de Kantauri"
                         "cs", "cx", "soc"})


# Common given names of the four languages' mail (and of its neighbours' writers: Welsh,
# Italian, Dutch, Portuguese): a client cue of two words that opens with one ("le retour de
# Pascal Giraud", "Marco Bühler liked your depth") is the client's person.
_GIVEN_NAME_WORDS = """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark paul steven andrew joshua kevin brian george timothy ryan jason
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander patrick frank raymond jack dennis jerry tyler aaron henry adam douglas
    nathan peter zachary kyle noah ethan jeremy christian sean austin liam owen connor
    callum declan eoin ciaran niall conor rory aidan fergus hamish angus gareth rhys dylan
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley emily donna michelle carol amanda melissa deborah stephanie
    rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole
    emma samantha katherine christine rachel catherine carolyn janet maria heather diane
    julie joyce victoria kelly christina lauren joan evelyn olivia judith megan cheryl
    hannah jacqueline martha gloria teresa sara madison frances kathryn janice jean abigail
    sophie chloe lucy grace ella isla aoife niamh siobhan ciara orla sinead bethan rhiannon
    lukas leon finn jonas felix maximilian elias ben tim jan niklas moritz
    tobias florian stefan andreas markus matthias sebastian
    klaus jürgen uwe wolfgang dieter jörg ralf thorsten holger sven dirk martin
    marco kai lars nils jens till hannes julian fabian philipp simon dominik benedikt
    lena lea leonie marie julia katharina johanna
    petra sabine monika andrea claudia susanne birgit stefanie kerstin anja tanja
    silke heike ute martina katrin jana nadine melanie franziska
    pierre michel philippe alain nicolas christophe françois laurent
    frédéric éric stéphane olivier sébastien julien thierry pascal bruno vincent
    guillaume antoine mathieu romain maxime alexandre hugo louis lucas théo
    nathalie isabelle sylvie françoise valérie sandrine
    véronique céline stéphanie aurélie émilie camille manon chloé léa
    élodie audrey caroline hélène claire agnès mathilde pauline margaux inès
    josé antonio manuel francisco juan javier carlos jesús alejandro miguel
    rafael pedro pablo ángel sergio fernando jorge luis alberto álvaro diego adrián
    raúl enrique ramón vicente andrés joaquín santiago mateo sebastián matías nicolás
    carmen maría josefa isabel ana dolores pilar rosa cristina marta lucía elena
    paula raquel beatriz silvia mercedes rocío nuria irene sofía
    valentina camila daniela gabriela natalia carolina catalina lorena
    greg mike tom steve dave chris matt nick jim dan sam alex kate jen liz sue
    hans karl heinz ulrich bernd gerhard werner helmut ingrid ursula renate karin gabi elke
    chantal monique dominique brigitte martine gérard bernard jacques marc yves didier
    gilles denis serge hervé geneviève mireille odile sylvain jérôme cédric fabrice arnaud
    benoît xavier yannick
    guadalupe jimena ximena fernanda mariana alejandra verónica adriana rodrigo gustavo
    ricardo eduardo óscar víctor roberto arturo héctor eva
    alun dafydd emyr gethin huw iwan meirion owain rhodri tomos aled cerys eleri ffion lowri
    nia sian
    giuseppe giovanni luca francesco alessandro matteo lorenzo giulia chiara francesca federica
    catarina oliver
    jeroen joost pieter bram sanne anouk joão tiago rui joana
    wouter maarten thijs daan femke lotte koen geert hendrik willem gijs stijn joris niels kamila
    marieke annelies inge karlijn hanneke ilse
    mikel koldo itziar iker unai aitor gorka ander asier iñaki iñigo ainhoa leire maite amaia
    edurne garazi josu xabier eneko oier ibai jokin ekaitz nerea idoia arantxa olatz
    naiara uxue haizea ainara izaro miren
    jordi oriol arnau montse meritxell roser laia xosé uxía brais
    oisín ruairí cathal dónal fionnuala gráinne róisín saoirse caoimhe clodagh eilidh morag
    paddy pádraig seamus séamus fergal mairéad colm tadhg deirdre eamon éamonn dermot brendan
    cormac ronan diarmuid cian darragh enda fintan kieran lorcan peadar nuala bríd eimear
    sorcha ailbhe aisling tara zoe katie ellie molly abbie mia harry charlie luke jamie
    iain alasdair mhairi kirsty catriona
    björn erik henrik magnus anders johan mikael astrid sigrid freya linnea elin maja mette
    pernille jukka mikko pekka
    piotr tomasz krzysztof paweł marcin agnieszka katarzyna małgorzata magdalena jakub ondřej
    petr jiří tereza klára
    duarte gonçalo leonor giorgio paolo stefano elisa alessia simona
    jannik jannis lennart malte jörn hauke frauke wiebke imke svenja merle
    gaëlle maëlle solène anaïs océane clémence yann loïc erwan gwenaëlle
    borja gonzalo ignacio rubén esther montserrat amparo inmaculada
    neil graham craig stuart alan colin keith gordon alistair fiona gemma
"""
GIVEN_NAMES = frozenset(fold(w) for w in _GIVEN_NAME_WORDS.split())


# Words of a street's or an estate's name, no surname: "Tara Street Properties".
_PLACE_NOUNS = frozenset({"street", "road", "lane", "avenue", "square", "quay", "properties",
                          "homes", "estates"})


def is_person_name(name: str) -> bool:
    """Whether `name` is a person's: a common given name alone ("off the phone with Greg"), or
    two or three capitalized words, the first a common given name, the others no organisation's
    word ("Pascal Giraud", "Ana Belén Roig"; not "Marco Logistics")."""
    words = name.split()
    if len(words) == 1:
        return fold(name) in GIVEN_NAMES
    if fold(words[0]).rstrip(".") in _PERSON_TITLES and len(words) <= 3 and all(
            word[:1].isupper() for word in words[1:]):
        return True  # "Le Dr Claessens vient de m'appeler", "Frau Albers": a person by title
    return (len(words) in (2, 3) and fold(words[0]) in GIVEN_NAMES and all(
        word[:1].isupper() and fold(word) not in ORGANISATION_ENDS and not word.isupper()
        and fold(word) not in _PLACE_NOUNS for word in words[1:]))


def is_edition_year(word: str) -> bool:
    """Whether `word` is a year of this century, which after a name is an event's edition
    ("Sommerklang Festival 2026"); a club's founding year is older ("SV Inntal 1921")."""
    return len(word) == 4 and word.isdigit() and word.startswith("20")


def is_function(name: str) -> bool:
    """Whether `name` is a business function alone ("Customer Success") or a role's short
    form ("PM"), never an employer."""
    folded = fold(name)
    return folded in _FUNCTIONS or folded in _ROLE_SHORT


# The mail system after an organisation's name: "Pellow Group Calendar <calendar-noreply@...>".
_SYSTEM_TAIL = re.compile(r"(?<=\S)\s+(?:calendar|calendrier|kalender|calendario|notifications?"
                          r"|mailer)$", re.IGNORECASE)
# The small words inside a long name: "pour la", "et de la", "für", "para el".
_NAME_JOINERS = frozenset({"de", "du", "des", "la", "le", "les", "l'", "d'", "et", "pour", "of",
                           "the", "and", "for", "für", "fur", "und", "der", "die", "das", "del",
                           "el", "los", "las", "y", "para", "en", "à", "a", "au", "aux"})
# The heads of public bodies, whose names run longest: "Tameside and Glossop Integrated Care
# NHS Foundation Trust".
_LONG_BODY = re.compile(r"\b(?:NHS|Foundation Trust|Health Board|Authority|Council)\b")
# A pay grade, which a post's line writes after the title: "HR Business Partner, Band 7".
_PAY_GRADE = re.compile(r"(?:AfC\s+)?(?:Band|Grade|Pay Grade|Level|Stufe|Entgeltgruppe|EG|TVöD)"
                        r"\s+\w{1,3}", re.IGNORECASE)
# A department's or cost centre's code, after a name in an address book ("Oberhuber Jan
# (HR-R-31)"): capitals and digits in parts.
_CODE = re.compile(r"(?=\S*\d)[A-Z0-9]{1,5}(?:[-/.][A-Z0-9]{1,5})+")
# A measure: "(12-month contract)", "40-hour week", "3-Tages-Seminar" (a number, then words).
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?-[^\W\d_][\w-]*")
# Spanish writes its HR unit with dots too: "RR.HH. Bética Composites", "RR. HH.".
_HR_DOTTED = re.compile(r"\bRR\.[^\S\n]?HH\b\.?", re.IGNORECASE)


def acronym_start(words: Sequence[str], acronym: str) -> int | None:
    """Where the words whose capitals spell `acronym` begin, counting back from the end of
    `words` (lower-case words such as "für" are skipped): 0 for "Paul Scherrer Institut" and
    "PSI"; None when they spell no such acronym."""
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    initials = ""
    for left in range(len(words) - 1, -1, -1):
        if words[left][0].isupper():
            initials = words[left][0] + initials
            if initials == acronym:
                return left
            if not acronym.endswith(initials):
                return None
    return None


def _without_own_acronym(name: str) -> str:
    """The name without the acronym it ends with when the acronym is its own initials:
    "Paul Scherrer Institut PSI", "Institut für Windenergiesysteme IWE"."""
    head, _, last = name.rpartition(" ")
    words = head.split()
    start = acronym_start(words, last)
    if start is None or any(word[0].isupper() for word in words[:start]):
        return name
    return head


# The day after a name, where a sentence goes on with its date: "transmise à Groupe Hôtelier
# des Aravis le 08/07/2026", "am 12.03.", "session de recrutement Catalogia du 14 mai" (a
# day of the month: "La Taberna del 80" is a name).
_DAY_TAIL = re.compile(r"[ \t]+(?:le|el|am|on|du|del|vom)[ \t]+(?:0?[1-9]|[12]\d|3[01]|1er)$")


def _without_shout(name: str) -> str:
    """`name` without the word an excited writer shouts after it: "Larkspur Foods LOVED your
    CV" (a word mail writes in lower case, in capitals after a name in mixed case; not the
    "GROUP" or "BANK" a logo shouts)."""
    head, _, last = name.rpartition(" ")
    if (head and len(last) >= 4 and last.isupper() and last.isalpha() and not head.isupper()
            and is_common_word(last) and fold(last) not in ORGANISATION_ENDS):
        return head
    return name


# A meeting's word before a name, as a subject writes it: "Zweitgespräch Auer & Söhne",
# "Entretien Maison Lardière".
_EVENT_HEAD = re.compile(
    r"^(?i:\w*gespr(?:ä|ae|a)ch|\w*interview|\w*termin|entretien|entrevista"
    # An agency's word for the assignment: "Mission Polyclinique des Oliviers" (a "Mission
    # Locale" is France's youth employment office).
    r"|mission(?!\s+locale)|assessment[ -]cent(?:re|er)|centro de evaluaci[oó]n"
    # ... or a public selection's procedure: "Procédure BEPO/AD/2026/04".
    r"|proc[ée]dure|procedimiento)\s+(?=[A-Z0-9À-Ý])"
    # ... or after it: "Kaaien Customs Assessment Centre" holds its selection day.
    r"|\s+(?i:assessment cent(?:re|er)|assessment-cent(?:re|er))$")
# An organisation's seat before its name: "Sede IDDA", "Siège FIVL", "Sitz der X".
_SEAT = re.compile(
    r"^(?i:sede(?: central| principal)?|si[eè]ge(?: social)?|sitz|headquarters|head office|"
    # ... or its offices: "Oficinas de Aula Clara", "Bureaux de X".
    r"oficinas|bureaux|"
    # ... or where it shows its goods: "Showroom Maison Lenglart, 42 rue Esquermoise".
    r"showroom|"
    # ... or the door to report to: "am Personaleingang Rheinufer Hotel".
    r"personaleingang|haupteingang|mitarbeitereingang|staff entrance|main entrance)"
    r"\s+(?:(?i:de la|de|del|du|des|d['’]|of|der)\s*)?(?=[A-Z0-9À-Ý])"
    # ... or after it: "at Clyde Coast Council Headquarters, Greenock Road", "in der
    # Havelbank Zentrale".
    r"|(?<=\S)\s+(?i:headquarters|head office|hq|zentrale|hauptsitz)$")


# A unit beside its organisation, after a comma or a dash: the team words (`TEAM`), and the
# mailboxes that take applications.
_UNIT_WORDS = rf"(?:{TEAM}|e-?recruitment|candidatures|selecci[oó]n)"  # (TEAM has "bewerbungen")
_UNIT_BESIDE = re.compile(rf"^{_UNIT_WORDS}(?:,[ \t]+|[ \t]+[-–][ \t]+)(?=[A-ZÀ-Ý])|"
                          rf"[ \t]+[-–][ \t]+{_UNIT_WORDS}$",
                          re.IGNORECASE)
# The little word a sentence leaves before a name: "Chez Médiane Santé", "l'offre d'Épiceries
# Mont-Royal" (not a capital "D'", which opens names: "D'Ieteren").
_LEADING_PARTICLE = re.compile(r"^(?:Chez|CHEZ)[ \t]+(?=[A-ZÀ-Ý])|^d['’](?=[A-ZÀ-Ý])")
# The "e" a line cut from its "e.V." or "e.K.": "Bayerische Akademie für ... e".
_CUT_FORM = re.compile(r"[ \t]+e(?:\.[VK])?$")


@functools.lru_cache(maxsize=8192)  # names recur: every mail from one employer signs alike
def clean(raw: str) -> str | None:
    """A cue's text as a company name ("The Acme Talent Team" -> "Acme"), or None when it
    cannot be one (a greeting, a job title, a team word alone, a phone number)."""
    if " | " in raw:
        # Two names side by side ("ACIC | CCIA Jobs", "Ville de Laval | City of Laval") or a
        # unit beside its organisation ("Talent | Hapag Nordlicht"): the first that is one.
        return next((name for part in raw.split(" | ") if (name := clean(part))), None)
    # "NSW Health (do not reply)", "Acme (UK)": an aside after the name is no part of it.
    name = _SPACES.sub(" ", _ASIDE.sub("", raw)).strip(" \t\"'’.,:;!-–|()<>")
    paired = _PERSON_AND.match(name)
    if paired and is_person_name(paired.group("p")) and not _KIN_AFTER.match(paired.group("c")):
        return clean(paired.group("c"))  # "off the phone with Catarina Moura and Lusomine"
    # A unit beside its organisation, after a comma or a dash: "Recruitment, Atlantic
    # University Galway", "Atlantic University Galway - eRecruitment"; "Chez Médiane Santé".
    name = _UNIT_BESIDE.sub("", _LEADING_PARTICLE.sub("", name))
    name = _HR_DOTTED.sub("RRHH", _TIME_TAIL.sub("", _UK_TAIL.sub("", name)))
    name = _DATIVE_WORKS.sub("werke", name)
    if name.endswith(" S") and " " in name[:-2]:
        name = name[:-2]  # "Sierra Mágina Rural S" of "… S. Coop. And.": its legal form's start
    titled = _TITLED.match(name)
    # "Analista de Riesgos" is a title of its own: after "de" or "of" only an executive's
    # title ("CTO de X", "Founder of X") is placed at an organisation.
    if titled and (_EXECUTIVE.fullmatch(titled.group("t").lower()) or (
            _has_title(titled.group("t").lower()) and titled.group("p") in _AT)):
        name = titled.group("c")
    name = _LOGO.sub("", _ON_BEHALF.sub("", name))
    owner = _POSSESSIVE.match(name)
    if owner and _staff(owner.group("rest")):
        name = owner.group("c")  # "Maple Freight's VP": the employer whose VP it is
    if " " in name and POSSESSIVE_S.search(name) and not (
            _SAINT.match(name) or _PLURAL_OWNER.search(name)):
        # "on Estrela Recruitment's database": the sentence's possessive (not the name's own:
        # "St Patrick's", "Rocky Mountain Children's")
        name = POSSESSIVE_S.sub("", name)
    addressed = _ADDRESSED.match(name)
    if addressed:
        name = name[addressed.end():]
    named = name
    if len(name.split()) == 2 and fold(name.partition(" ")[0]) in _TITLE_TEAM_WORDS and (
            _titled(name.lower())):
        return None  # "Talent Partner", "People Partner": the writer's title, not "Partner"
    first, _, rest = name.partition(" ")
    unit_word = first.rpartition("-")[2]
    if rest[:1].isupper() and "-" in first and fold(unit_word) in _LEADING_WORDS and (
            _LEADING.match(f"{unit_word} {rest}")) and not is_talent_firm(f"{unit_word} {rest}"):
        name = rest  # "Spital-Personaldienst Rheinuferspital": the hospital's HR service
    for _ in range(2):  # "Équipe recrutement Médilis": a team word after the team
        if (fold(name.partition(" ")[0]).partition("-")[0] not in _LEADING_WORDS
                or is_talent_firm(name)):
            break
        name = _LEADING.sub("", name)
        if name[:1].islower():
            return None  # "Recrutement contractuels": what the unit recruits, not whose it is
    name = _DEPARTMENT_OF.sub("", _SEAT.sub("", _EVENT_HEAD.sub("", _ARTICLE.sub(
        "", _SENTENCE_ARTICLE.sub("", name)))))
    branch = _CITY_OF.match(name)
    if branch and is_city(branch.group("p")) and fold(branch.group("c").split()[0]) in (
            ORGANISATION_HEADS):
        name = branch.group("c")  # "la oficina de Murcia de Grupo Plantilla": the firm's branch
    unit, _, last = name.rpartition(" ")
    if unit and last.isupper() and last.isalpha() and 2 <= len(last) <= 6 and UNIT.fullmatch(
            fold(unit)):
        name = last  # "Unidad de Reclutamiento CNTM": the unit of the body the letters name
    name = _ROLE_TAIL.sub("", _TRAILING.sub("", _UNIT_TAIL.sub("", _SYSTEM_TAIL.sub("", name))))
    head, _, last = name.rpartition(" ")
    if head and UNIT.fullmatch(fold(last)) and (_TEAM_COMPOUND.fullmatch(fold(last)) or (
            head.isupper() and head.isalpha() and 2 <= len(head) <= 6)):
        # "Klinikum Hamburg-Nord Personalmanagement", "IRMO Candidatures": the unit that
        # writes, after its organisation
        name = head
    if addressed and name == named:
        return None  # "Ihr Arbeitsvertrag", "your application portal": the reader's thing
    if len(name.split()) >= 3 and not _PUBLIC_HEAD.match(name):
        name = _FRAME_END.sub("", name)  # "Skelton Valves Office", but "Home Office"
    name = _JOIN_END.sub("", _DAY_TAIL.sub("", _AND_YOU.sub("", name))).strip(" .,-")
    name = _CUT_FORM.sub("", name)
    name = _without_own_acronym(_without_shout(name))
    # A registered name ("Sitra Technical Services Pvt. Ltd.") is a company's, whatever
    # words follow its first; no title carries one.
    registered = len(name.split()) >= 2 and LEGAL_SUFFIX.search(name) is not None
    # Public bodies run long: "Riverside University Hospitals NHS Foundation Trust", and
    # French ones count their joiners too ("Organisation pour la Coopération et le
    # Développement Durable"): only the name's own words count.
    own_words = [w for w in name.split() if fold(w) not in _NAME_JOINERS]
    if not name or len(name) > 80 or len(own_words) > (9 if _LONG_BODY.search(name) else 7) or (
            not registered and _titled(name.lower())):
        return None
    if LEGAL_SUFFIX.fullmatch(f" {name}") or _PAY_GRADE.fullmatch(name) or (
            _CODE.fullmatch(name)) or _MEASURE.fullmatch(name):
        # "S.L", "GmbH": a legal form left alone by a cut line; "Band 7"; "HR-R-31"; "12-month"
        return None
    folded = fold(name)
    if UNIT.fullmatch(folded) or folded in _LONE_UNITS or folded in _FUNCTIONS or (
            folded in _LANGUAGES) or (
            _DATE.fullmatch(name)) or (
            _STEP.fullmatch(name)) or (
            _CLOCK.match(name)) or _STREET.search(name) or _NUMBER_SIGN.match(name):
        # "Personal", "Talento": the unit that writes; "July 6", "1pm UK": a time;
        # "Hafenstraße 21", "Amtsgericht Kassel HRA 1234": where the employer is registered.
        return None
    words = name.split()
    if any(_no_name_word(words, i, registered) or _number_no_name(words, i)
           or _EVENT_COMPOUND.search(fold(w)) for i, w in enumerate(words)):
        return None
    if _OPENING_JOIN.match(name):
        return None  # "& Culture", "de las 16": the end of something else, not a name
    if (len(words) == 1 and folded in _HONORIFICS) or _COUNTED.fullmatch(name) or (
            _REFERENCE.fullmatch(name) or _ONLINE_OFFICE.fullmatch(name)) or (
            _HOUSE.fullmatch(name) or _INITIALS_PLURAL.fullmatch(name)):
        return None  # "Dr"; "30 Wochenstunden"; "Nyhavn 63C"; "CROs"
    if len(words) == 1 and folded in _MONTHS:
        return None  # "September" of "ab September": a time (a name may hold one: "Studio Octobre")
    if len(words) == 1 and _UNIT_COMPOUND.fullmatch(folded):
        return None  # "Drittmittelverwaltung", "Finanzabteilung": a unit, whoever's it is
    if len(words) == 1 and (folded in SECTOR_WORDS or folded in _FIRM_NOUNS
                            or _KIND_OF_FIRM.search(folded)):
        # "mein Kunde (Versicherung, Köln)", "der Medizintechnik-Hersteller": a trade, not a name
        return None
    if not _LETTER.search(name) or is_place(name) or len(name) < 2:
        # "Corvid Games - London": the place beside the employer; "H" of "(H/F)".
        return None
    site = _SITE.match(name)
    if site and is_place(name[site.end():]):
        return None  # "Site de Villeurbanne", "Standort Regensburg": where, not who
    return name


# A department of the organisation, before its name: "l'équipe Conformité de Batignolles
# Mutuelle", "Contrôle de gestion du Groupe X".
_DEPARTMENT_OF = re.compile(
    r"^(?i:conformit[ée]|compliance|juridique|comptabilit[ée]|finances?|achats|qualit[ée]|"
    r"informatique|logistique|contr[ôo]le de gestion|audit interne|cumplimiento|"
    r"contabilidad|compras|calidad|operaciones|op[ée]rations|ventas|"
    # ... and a museum's or a venue's desks: "Reservas del Museo del Agua de Jaén", "Grupos del
    # Museo Andalusí"
    r"reservas|r[ée]servations|grupos|groupes|visitas|visites)"
    r"[ \t]+(?:de la|du|des|de|del|d['’])[ \t]*(?=[A-ZÀ-Ý])")


# A site of the organisation, before its place: "Site de Villeurbanne", "Werk Regensburg".
_SITE = re.compile(r"(?:Site|Sites|Standort|Werk|Sede|Planta|Usine|Campus|Établissement|"
                   # ... and a branch: "Delegación Zaragoza", "Niederlassung Bremen".
                   r"Delegaci[óo]n|Sucursal|Niederlassung|Filiale|Agence|Agencia|Oficina)"
                   r"[ \t]+(?:(?:de|du|des|von|in|en)[ \t]+|[dl]['’])?")


# The nouns for "the company" itself: "das Angebot kommt direkt von der Gesellschaft".
_FIRM_NOUNS = frozenset({"gesellschaft", "firma", "company", "societe", "entreprise", "empresa",
                         "compania", "organisation", "organization", "organizacion",
                         # a firm by its size: "une PME", "una pyme", "ein KMU", "an SME"
                         "pme", "pyme", "kmu", "sme", "eti"})
# German nouns for a kind of firm, alone or closing a compound ("Softwareanbieter").
_KIND_OF_FIRM = re.compile(
    r"(?:hersteller|anbieter|konzern|unternehmen|dienstleister|zulieferer|mittelstandler|"
    r"arbeitgeber|auftraggeber|betreiber|versicherer)$")
# A possessive at the end of a name: "Frontier Rail's", "Thursday’s".
POSSESSIVE_S = re.compile(r"['’]s$")
# A person named before the organisation, in one cue: "Catarina Moura and Lusomine Equipment".
_PERSON_AND = re.compile(r"(?P<p>[^\W\d_][\w'’-]*[ \t]+[^\W\d_][\w'’-]*)[ \t]+(?:and|und|et|y)"
                         r"[ \t]+(?P<c>\S.*)")
_KIN_AFTER = re.compile(r"(?i)(?:sons?|söhne|sohn|fils|hijos?|hermanos|partners?|co|cie|"
                        r"daughters?|associates|associés|asociados|family)\b")
_SAINT = re.compile(r"(?:St\.?|Saint|San|Sankt)\s")
_PLURAL_OWNER = re.compile(r"(?i)\b(?:children|women|men|people)['’]s$")
_ASIDE = re.compile(r"(?<=\S)[^\S\n]*\([^()\n]*\)?[^\S\n]*$")
# The country a British arm adds to its group's name: "Sentinel Cardio UK" (people write the
# name without it).
_UK_TAIL = re.compile(r"(?<=\S)[ \t]+(?:UK|U\.K\.)$")
# German works in the dative plural: "bei den Pleißenland Stadtwerken" are "Stadtwerke".
_DATIVE_WORKS = re.compile(r"(?<=\w)werken$")
# The hour of the meeting after the name: "l'entretien avec la Banque Girondine de 11h".
_TIME_TAIL = re.compile(r"(?i)(?<=\S)[^\S\n]+(?:de|à|a|at|um|a las)[^\S\n]+"
                        r"\d{1,2}(?:[:.h]\d\d[^\S\n]?(?:h|uhr|am|pm)?|[^\S\n]?(?:h|uhr|am|pm))$")
_NAME_OPENERS = frozenset({"first", "second", "third", "new", "next", "final", "erste", "zweite",
                           "dritte", "primera", "segunda"})
# The last words of an organisation's name, folded ("Harbor Bank", "Pinecrest College").
# The first word of an institution's whole name, never a person's first name ("Biblioteca
# Ateneo de Lavapiés <biblioteca@...>"); not a unit's ("Secrétariat du jury").
INSTITUTION_WORDS = frozenset({
    "biblioteca", "bibliotheque", "bibliothek", "library", "museo", "musee", "museum",
    "hospital", "hopital", "clinica", "clinique", "klinik", "klinikum", "universidad",
    "universite", "university", "universitat", "escuela", "ecole", "colegio", "instituto",
    "institut", "institute", "fundacion", "fondation", "foundation", "stiftung",
    "ayuntamiento", "mairie", "galerie", "gallery", "conservatoire", "observatoire",
    "laboratoire", "mutuelle", "asociacion", "association", "federacion", "federation"})

ORGANISATION_ENDS = SECTOR_WORDS | frozenset({
    "college", "academy", "school", "schools", "university", "hospital", "trust", "institute",
    "centre", "center", "foundation", "bancorp", "financial", "credit", "union", "federal",
    "church", "services"})
# The first word of an organisation's name: "Grupo Plantilla", "Hotel Muralla Girona".
ORGANISATION_HEADS = SECTOR_WORDS | INSTITUTION_WORDS


# "Técnica" of a technical university is the school's, not a technician's: "Universidad
# Técnica del Pacífico", "Instituto Técnico de Minería" (the two words side by side).
_TECHNICAL = r"(?:t[ée]cnic\w*|technic\w*)"
_SCHOOL = (r"(?:universi\w+|institut\w*|escuela|[ée]cole|hochschule|polit[ée]cnic\w*|"
           r"polytechni\w*|colegio|college|liceo|lyc[ée]e)")
_TECHNICAL_SCHOOL = re.compile(rf"\b(?:{_SCHOOL}\s+{_TECHNICAL}|{_TECHNICAL}\s+{_SCHOOL})\b")
_TECHNICAL_WORD = re.compile(rf"\b{_TECHNICAL}\b")


# A public body named for what it does: "Federal Transit Review Board", "Grants Programme
# Committee" (the business, not a title, before the body's word).
_BODY_END = re.compile(r"\w \w+ (?:board|authority|commission|council|committee|tribunal)$")
_BODY_BUSINESS = re.compile(r"\b(?:review|programme|program|appeals?)\b")


def _titled(lowered: str) -> bool:
    """Whether a lower-cased name has a job title's word in it (`_has_title`)."""
    lowered = _without_firm_plural(lowered)
    if _TECHNICAL_SCHOOL.search(lowered):
        lowered = _TECHNICAL_WORD.sub(" ", lowered)
    if _BODY_END.search(lowered):
        lowered = _BODY_BUSINESS.sub(" ", lowered)
    return _has_title(lowered)


# France's départements and Colombia's departamentos govern, and hire; a "Département des
# ressources humaines" is a unit (its next word is no place's, in lower case).
_TERRITORIES = frozenset({"departement", "departamento"})
_OF = frozenset({"de", "du", "del", "des"})
_ELIDED_ARTICLE = re.compile(r"^[dl]['’]", re.IGNORECASE)


_INNER_TALENT = frozenset({"talent", "talento", "talents", "talentos"})
# Team words a title opens with: "Talent Partner", "People Partner", "Recruitment Executive".
_TITLE_TEAM_WORDS = frozenset({"talent", "people", "recruitment", "resourcing", "hr"})


def _no_name_word(words: list[str], index: int, registered: bool) -> bool:
    """Whether `words[index]` is a word no name has (`NOT_NAMES`) where it stands.

    "the" and "and" may sit inside a longer name ("Bank of the West", "Health and Social
    Care Trust"), but "and" after a single word joins two people ("Patel and Sarah"); a
    registered name may have any word after its first ("Sitra Technical Services Ltd").
    """
    word = words[index]
    folded = fold(word)
    # ... nor its possessive: "Thursday's interview", "Monday’s call".
    if folded not in NOT_NAMES and POSSESSIVE_S.sub("", folded) not in NOT_NAMES:
        return False
    if index == 0:
        if folded in _TERRITORIES and len(words) >= 3 and fold(words[1]) in _OF and (
                _ELIDED_ARTICLE.sub("", words[-1])[:1].isupper()):
            return False  # "Département de l'Ain", "Departamento de Antioquia": a territory
        # "First Prairie Bank", "New Horizons Academy": an organisation's word at the end
        # makes an ordinal or "new" the name's own ("First Day Information" stays no name);
        # capitals before a city are an institution's ("TU Graz", "UC Davis").
        return not ((folded in _NAME_OPENERS and len(words) >= 2
                     and fold(words[-1]) in ORGANISATION_ENDS)
                    or (word.isupper() and len(words) == 2 and is_city(words[1])))
    if folded == "resources" and index == len(words) - 1 and fold(words[-2]) not in NOT_NAMES:
        return False  # "Coral Bay Resources", a miner's name; not "Human Resources"
    if folded == "unit" and index == len(words) - 1 >= 2 and not any(
            fold(w) in NOT_NAMES for w in words[:-1]):
        return False  # "Bishopsgate Trials Unit", a research unit; not "Talent Unit"
    if index >= 2 and fold(words[index - 1]) in _OF and (
            index == len(words) - 1 or words[index + 1][:1].isupper()) and word.istitle():
        # "Defensoría del Cliente Financiero", "Fundació Mediterrània de Salut": a word the
        # name is of
        return False
    if word == "Re" and index == len(words) - 1 and fold(words[-2]) not in NOT_NAMES:
        return False  # "Limmat Re", "Hannover Re": a reinsurer, not a reply's "Re:"
    if word == "an" and 0 < index < len(words) - 2 and words[index + 1] == "der":
        return False  # "Klinikum an der Weißach": where it stands, no English article
    if folded == "first" and not any(fold(w) in NOT_NAMES for w in words[:index]) and (
            index == len(words) - 1 or fold(words[index + 1]) not in NOT_NAMES):
        return False  # "Children First Europe", "Families First": a cause, not a first round
    if registered or (index < len(words) - 1 and len(words) >= 3
                      and fold(words[-1]) in ORGANISATION_ENDS):
        # "Mpumalanga Just Transition Trust", "Tameside and Glossop Integrated Care NHS
        # Foundation Trust": inside a name that ends as an organisation's does, a word mail
        # writes in lower case is the name's own.
        return False
    if word in _INNER_ARTICLES and index < len(words) - 1 and words[index + 1][:1].isupper():
        return False
    if word in _INNER_JOINERS and 2 <= index < len(words) - 1 and (
            words[index + 1][:1].isupper() or words[index + 1] in _INNER_JOINERS):
        return False
    if folded in _INNER_NEWS and (index < len(words) - 1 or (
            folded == "nouvelles" and index >= 2 and fold(words[index - 1]).endswith("s")
            and fold(words[index - 1]) not in _HEADLINE_ADJECTIVES)):
        # "Lignes Nouvelles Île-de-France", "Flandre Energies Nouvelles": an adjective after
        # its plural noun, no headline
        return False
    if folded in _INNER_TALENT and 1 <= index < len(words) - 1 and words[index + 1].istitle():
        return False  # "Selecta Talent Turismo", "Brisa Talent Consultores": an agency's name
    inside = word in _INNER and index < len(words) - 1
    return not (inside and (word == "the" or index >= 2))


# One-word legal forms a descriptor may follow ("GmbH Wirtschaftsprüfungsgesellschaft"). Not
# `is_legal_form`: its forms include the first word of longer ones ("&" of "& Co", "Private"
# of "Private Limited"), which would cut "Sterling & Rowe Biotech" and "Fernhill Private Bank".
_LEGAL_WORDS = frozenset({"GmbH", "AG", "SE", "KG", "S.A.", "SA", "S.A.R.L.", "SARL",
                          "Ltd", "Ltd.", "Limited", "Inc.", "Inc", "LLC", "S.L.", "SL", "BV",
                          "B.V.", "NV", "N.V.", "plc", "PLC", "LLP", "Pty"})


def is_legal_word(word: str) -> bool:
    """Whether `word` is a one-word legal form ("GmbH", "Limited"): where a name ends."""
    return word in _LEGAL_WORDS


def is_legal_form(text: str) -> bool:
    """Whether `text` is a legal form alone ("GmbH", "Anstalt des öffentlichen Rechts")."""
    return LEGAL_SUFFIX.fullmatch(f" {text.strip()}") is not None


@functools.lru_cache(maxsize=8192)  # names recur: the chosen name, `company_key` of each cue
def without_legal_form(name: str) -> str:
    """A name as people write it: "Calderbank Water Services Ltd" is "Calderbank Water
    Services" (a disclaimer's registered name), "Saar Treuhand GmbH
    Wirtschaftsprüfungsgesellschaft" is "Saar Treuhand" (what the firm is, after its form)."""
    words = name.split()
    for index in range(1, len(words) - 1):
        if is_legal_word(words[index]) and words[index + 1][:1].isupper():
            name = " ".join(words[:index])
            break
    while True:
        partners = _AND_CO.search(name)
        if partners and not is_legal_word(partners.group(1)):
            # "Blow & Co.", "Savoirs & Co": the partners' "and company" is the brand's (not
            # "Ziegenbalg GmbH & Co. KG": a legal form's)
            return name
        shorter = LEGAL_SUFFIX.sub("", name).rstrip(" ,")
        if shorter == name or not shorter:
            return name
        name = shorter


_AND_CO = re.compile(r"(\S+)[ \t]+&[ \t]+(?:Co|Cie|Cía)\.?$")
_AND_CO_END = re.compile(r"[ \t]+&[ \t]+(?:Co|Cie|Cía)\.?$")


@functools.lru_cache(maxsize=8192)  # names, words and labels recur: every cue asks
def squash(text: str) -> str:
    """`text` folded to letters and digits, as an address label writes a name ("&" is "and":
    "Ember & Oak" registers "emberandoak")."""
    return NON_ALNUM.sub("", fold(text))


def squash_both(text: str) -> tuple[str, str]:
    """`text` squashed as written, and with German umlauts spelled out ("ü" -> "ue")."""
    plain = squash(text)
    return plain, (squash(_german(text)) if _UMLAUT.search(text) else plain)
