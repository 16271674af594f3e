"""Corpus 352: English, German and Spanish `other` mail — digests, press, parcels, bank,
landlords, doctors, friends, courses, out-of-office replies and the candidate's own mail.
Hand-written, blind."""

from __future__ import annotations

from msgs352_common import CANDIDATE, html_shell, outlook, reply

ME = CANDIDATE

# ------------------------------------------------------------------ English
OWN_MARLOW = (
    "Dear Ellie,\n\n"
    "Please find attached my application for the Export Sales Manager (EU) role at Marlow "
    "Vintners. After nine years as a sommelier — the last four heading the wine list of a "
    "Michelin-starred restaurant in Bordeaux — I'm moving into export sales, and your "
    "focus on independent European growers is exactly the kind of portfolio I want to "
    "sell.\n\n"
    "I'd welcome the chance to discuss how I could help grow your EU accounts.\n\n"
    "Kind regards,\nBaptiste Kerhervé-Nakamura\n+33 6 71 22 34 58\n"
)
DRINKS_WEEKLY = (
    "THE DRINKS CAREERS WEEKLY — Issue 87\n\n"
    "This week's reads\n"
    "• Dealing with rejection: five export managers on the 'no' that changed their career\n"
    "• Interview season: the ten questions every wine importer asks (and how to answer)\n"
    "• Unfortunately, 'competitive salary' still means nothing — our 2026 pay survey\n\n"
    "Featured jobs\n"
    "• Trade Marketing Executive — craft gin — Edinburgh\n"
    "• Account Manager, Fine Wine — London\n"
    "• Export Coordinator — cider house — Herefordshire\n\n"
    "You're receiving this because you signed up at drinkscareers.example.com. "
    "Unsubscribe | Manage preferences\n"
)
CELLAR_PODCAST = (
    "Hi Baptiste,\n\n"
    "I host The Cellar Door, a weekly podcast about people in the wine trade. Harriet Vale "
    "at Thornbury mentioned you have a great story — sommelier in Bordeaux, Japanese "
    "roots, now heading into export.\n\n"
    "Would you be up for a 40-minute interview over Zoom sometime in May? No preparation "
    "needed, we just chat. Happy to send you the questions beforehand.\n\n"
    "Cheers,\nOwen Hardcastle\nThe Cellar Door Podcast\n"
)
HARRIET_OOO = (
    "Thanks for your email. I'm on annual leave until Monday 20 April with no access to "
    "email. For anything urgent, please contact people@thornbury-wines.example.co.uk.\n\n"
    "Harriet\n"
)

ENGLISH = [
    {
        "key": "own_application_marlow", "kind": "other", "lang": "en", "frm": ME,
        "to": [("Ellie Cho", "ellie.cho@marlowvintners.example.co.uk")],
        "date": "2026-05-04 22:18 +0200",
        "subject": "Application – Export Sales Manager (EU)", "text": OWN_MARLOW,
        "attach": [("Baptiste_Kerherve-Nakamura_CV_EN.pdf", [
            "Baptiste Kerherve-Nakamura - Head Sommelier", "Bordeaux, France",
            "Languages: French, English, Japanese, Spanish",
        ])],
    },
    {
        "key": "drinks_careers_weekly", "kind": "other", "lang": "en",
        "frm": ("The Drinks Careers Weekly", "newsletter@drinkscareers.example.com"),
        "date": "2026-06-11 07:00 +0100",
        "subject": "Dealing with rejection + the 10 interview questions importers ask",
        "text": DRINKS_WEEKLY, "html": html_shell(DRINKS_WEEKLY, brand="Drinks Careers Weekly"),
        "headers": [
            ("List-Id", "Drinks Careers Weekly <weekly.drinkscareers.example.com>"),
            ("List-Unsubscribe", "<https://drinkscareers.example.com/u/7731ab>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
    },
    {
        "key": "cellar_door_podcast", "kind": "other", "lang": "en",
        "contact": "owen@cellardoorpodcast.example.com",
        "frm": ("Owen Hardcastle", "owen@cellardoorpodcast.example.com"),
        "date": "2026-04-27 13:40 +0100", "subject": "Podcast interview – The Cellar Door?",
        "text": CELLAR_PODCAST,
    },
    {
        "key": "harriet_out_of_office", "kind": "other", "lang": "en",
        "contact": "harriet.vale@thornbury-wines.example.co.uk",
        "frm": ("Harriet Vale", "harriet.vale@thornbury-wines.example.co.uk"),
        "refs_extra": ["own-q-thornbury-0410@example.fr"], "date": "2026-04-10 09:02 +0100",
        "subject": "Automatic reply: Question about the second interview", "text": HARRIET_OOO,
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
]

# ------------------------------------------------------------------ German
JOBAGENT = (
    "Hallo Baptiste,\n\n"
    "Ihr Jobagent „Export Wein Rheinland-Pfalz“ hat 5 neue Stellen gefunden:\n\n"
    "• Vertriebsmitarbeiter Export (m/w/d) – Sektkellerei – Eltville\n"
    "• Key Account Manager LEH (m/w/d) – Weinkellerei – Mainz\n"
    "• Sommelier / Weinberater (m/w/d) – Weinfachhandel – Wiesbaden\n"
    "• Junior Export Manager Skandinavien (m/w/d) – Weingut – Nierstein\n"
    "• Leitung Vinothek (m/w/d) – Winzergenossenschaft – Bingen\n\n"
    "Tipp der Woche: Eine Absage ist kein Urteil über Sie. Leider gehen viele Bewerber "
    "unvorbereitet ins Vorstellungsgespräch – unser Ratgeber hilft.\n\n"
    "Jobagent abbestellen | Einstellungen ändern\nWeinJobs.de\n"
)
PAKET = (
    "Guten Tag,\n\n"
    "leider verzögert sich die Zustellung Ihrer Sendung 00340434 1188 2207 5519 um ein bis "
    "zwei Werktage. Grund: hohes Sendungsaufkommen im Paketzentrum Mainz-Hechtsheim.\n\n"
    "Voraussichtliche Zustellung: Donnerstag, 7. Mai 2026.\n\n"
    "Wir bitten um Entschuldigung.\nIhr PaketFix-Kundenservice\n"
)
OWN_GAUER = (
    "Sehr geehrte Damen und Herren,\n\n"
    "hiermit bewerbe ich mich um die Stelle als Export Sales Manager Frankreich/Benelux. "
    "Als Sommelier mit neun Jahren Erfahrung in der gehobenen Gastronomie in Bordeaux "
    "kenne ich die Erwartungen französischer Händler und Gastronomen sehr genau.\n\n"
    "Deutsch spreche ich auf B2-Niveau; Französisch, Englisch und Japanisch fließend. "
    "Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.\n\n"
    "Mit freundlichen Grüßen\nBaptiste Kerhervé-Nakamura\n"
)
OWN_VINEXUS_MOVE = (
    "Sehr geehrte Frau Albrecht,\n\n"
    "vielen Dank für den neuen Termin. Leider habe ich am 8. Juni um 10:30 Uhr bereits "
    "eine Verkostung in Bordeaux, die ich nicht verschieben kann. Wäre es möglich, das "
    "Gespräch am Nachmittag (ab 14 Uhr) oder am 9. Juni zu führen?\n\n"
    "Mit freundlichen Grüßen\nBaptiste Kerhervé-Nakamura\n"
)
FRIEND_DE = (
    "Hi Baptiste,\n\n"
    "kurzes Update aus Mainz: Von Rheingold kam heute eine Absage, Standardtext, nicht mal "
    "ein Gespräch. Naja. Dafür habe ich nächste Woche ein Vorstellungsgespräch bei einer "
    "Genossenschaft in Bingen, drück mir die Daumen!\n\n"
    "Wie läuft's bei dir? Kommst du im Mai zur Weinmesse?\n\n"
    "LG\nMaren\n"
)
BESICHTIGUNG = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Mainzer Neustadt "
    "(Frauenlobstraße). Gerne bestätige ich Ihnen den Besichtigungstermin am Samstag, "
    "16. Mai, um 11:00 Uhr.\n\n"
    "Bitte bringen Sie eine Selbstauskunft und einen Einkommensnachweis mit.\n\n"
    "Mit freundlichen Grüßen\nHorst Wenzel\nWenzel Hausverwaltung\n"
)
ARZT = (
    "Terminerinnerung\n\n"
    "Sehr geehrter Herr Kerhervé-Nakamura,\n"
    "wir erinnern Sie an Ihren Termin in der Praxis Dr. med. Sabine Roth (Allgemeinmedizin) "
    "am Mittwoch, 6. Mai 2026, um 08:45 Uhr.\n\n"
    "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden "
    "vorher ab.\n\nIhr Praxisteam\n"
)
JONAS_OOO = (
    "Vielen Dank für Ihre Nachricht.\n\n"
    "Ich bin bis einschließlich 10. April nicht im Büro und habe keinen Zugriff auf meine "
    "E-Mails. In dringenden Fällen wenden Sie sich bitte an bewerbung@gauer-weinkellerei."
    "example.de.\n\n"
    "Mit freundlichen Grüßen\nJonas Weidmann\n"
)
KURS = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "vielen Dank für Ihre Anmeldung zum Kurs „Weinmarketing und Export kompakt“ (Herbst "
    "2026). Leider ist der Kurs bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten "
    "können. Wir haben Sie auf die Warteliste gesetzt.\n\n"
    "Mit freundlichen Grüßen\nDas Team der Weinakademie Rheinhessen\n"
)

GERMAN = [
    {
        "key": "weinjobs_jobagent", "kind": "other", "lang": "de",
        "frm": ("WeinJobs.de Jobagent", "jobagent@weinjobs.example.de"),
        "date": "2026-04-20 06:30 +0200",
        "subject": "5 neue Jobs für „Export Wein Rheinland-Pfalz“", "subj_cs": ("utf-8", "b"),
        "text": JOBAGENT, "html": html_shell(JOBAGENT, brand="WeinJobs.de", color="#6d1a36"),
        "headers": [
            ("List-Id", "WeinJobs Jobagent <jobagent.weinjobs.example.de>"),
            ("List-Unsubscribe", "<https://weinjobs.example.de/jobagent/abbestellen?k=3391>"),
            ("Precedence", "bulk"),
        ],
    },
    {
        "key": "paketfix_verzoegerung", "kind": "other", "lang": "de",
        "frm": ("PaketFix", "benachrichtigung@paketfix.example.de"),
        "date": "2026-05-05 16:45 +0200",
        "subject": "Leider verzögert sich Ihre Sendung", "text": PAKET, "cs": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "own_bewerbung_gauer", "kind": "other", "lang": "de", "frm": ME,
        "to": [("Weinkellerei Gauer – Recruiting", "bewerbung@gauer-weinkellerei.example.de")],
        "date": "2026-04-06 23:10 +0200",
        "subject": "Bewerbung als Export Sales Manager Frankreich/Benelux", "text": OWN_GAUER,
        "attach": [("Lebenslauf_Kerherve-Nakamura.pdf", [
            "Lebenslauf - Baptiste Kerherve-Nakamura", "Sommelier, Bordeaux",
            "Sprachen: Franzoesisch, Englisch, Japanisch, Deutsch (B2)",
        ])],
    },
    {
        "key": "own_terminbitte_vinexus", "kind": "other", "lang": "de", "frm": ME,
        "to": [("Simone Albrecht", "s.albrecht@vinexus-import.example.de")],
        "refs_extra": ["vinexus-move-0529@vinexus-import.example.de"],
        "date": "2026-05-29 18:20 +0200",
        "subject": "AW: Terminverschiebung: Video-Interview Einkäufer Frankreich",
        "text": reply(OWN_VINEXUS_MOVE, "Am 29.05.2026 um 12:30 schrieb Simone Albrecht:",
                   "wir schlagen Montag, den 8. Juni, um 10:30 Uhr vor."),
    },
    {
        "key": "freundin_absage_rheingold", "kind": "other", "lang": "de",
        "contact": "maren.vogt@example.de", "frm": ("Maren Vogt", "maren.vogt@example.de"),
        "date": "2026-04-17 21:03 +0200", "subject": "Absage von Rheingold :-/", "text": FRIEND_DE,
        "cte": "8bit",
    },
    {
        "key": "besichtigung_wohnung_mainz", "kind": "other", "lang": "de",
        "contact": "h.wenzel@wenzel-hausverwaltung.example.de",
        "frm": ("Horst Wenzel", "h.wenzel@wenzel-hausverwaltung.example.de"),
        "date": "2026-05-11 10:14 +0200",
        "subject": "Besichtigungstermin Frauenlobstraße – Samstag, 16. Mai",
        "text": BESICHTIGUNG, "cs": "windows-1252", "cte": "8bit",
    },
    {
        "key": "praxis_terminerinnerung", "kind": "other", "lang": "de",
        "frm": ("Praxis Dr. med. Sabine Roth", "termine@praxis-roth.example.de"),
        "date": "2026-05-05 07:00 +0200", "subject": "Terminerinnerung: Mittwoch, 6. Mai, 08:45",
        "html": html_shell(ARZT, color="#2b6cb0"),
    },
    {
        "key": "jonas_abwesenheit", "kind": "other", "lang": "de",
        "contact": "jonas.weidmann@gauer-weinkellerei.example.de",
        "frm": ("Jonas Weidmann", "jonas.weidmann@gauer-weinkellerei.example.de"),
        "refs_extra": ["own-q-gauer-0407@example.fr"], "date": "2026-04-07 09:31 +0200",
        "subject": "Abwesenheitsnotiz: Rückfrage zu meiner Bewerbung", "subj_cs": ("utf-8", "b"),
        "text": JONAS_OOO, "headers": [("Auto-Submitted", "auto-replied")],
    },
    {
        "key": "weinakademie_warteliste", "kind": "other", "lang": "de",
        "frm": ("Weinakademie Rheinhessen", "kurse@weinakademie-rheinhessen.example.de"),
        "date": "2026-08-19 11:40 +0200", "subject": "Ihre Kursanmeldung – Warteliste",
        "text": KURS,
    },
]

# ------------------------------------------------------------------ Spanish
ALERTA = (
    "Hola Baptiste:\n\n"
    "Tenemos 4 ofertas nuevas para tu alerta «exportación vino La Rioja»:\n\n"
    "- Export Area Manager Asia – bodega – Haro\n"
    "- Técnico comercial exportación – tonelería – Logroño\n"
    "- Responsable de enoturismo – bodega familiar – Briones\n"
    "- Key Account Manager gran distribución – Logroño\n\n"
    "Consejo: lamentablemente, el 60 % de los candidatos no prepara la entrevista. ¿Y si "
    "te rechazan? Pide siempre feedback.\n\n"
    "Darse de baja de esta alerta | VinoEmpleo\n"
)
OWN_LAZARRAGA = (
    "Estimado Sr. Lazarraga:\n\n"
    "Le escribo para presentar mi candidatura al puesto de Area Manager Francia y Suiza. "
    "Soy sumiller en Burdeos desde hace nueve años y conozco bien la distribución y la "
    "restauración en ambos mercados.\n\n"
    "Adjunto mi CV. Quedo a su disposición para una entrevista.\n\n"
    "Atentamente,\nBaptiste Kerhervé-Nakamura\n"
)
BANCO = (
    "Hola, BAPTISTE:\n\n"
    "Ya tienes disponible tu posición global a 30 de junio de 2026 en la banca online.\n\n"
    "Cuenta corriente: 1.240,55 €\nTarjeta de crédito: 312,00 € dispuestos\n\n"
    "Recuerda que nunca te pediremos tus claves por correo electrónico.\n\n"
    "Banco Riojano\n"
)
RADIO_ES = (
    "Buenos días, Baptiste:\n\n"
    "Te escribo desde Radio Rioja Viva, del programa «La Copa de la Tarde». Estamos "
    "preparando un especial sobre sumilleres extranjeros que trabajan con vinos de Rioja "
    "y nos encantaría hacerte una entrevista en directo por teléfono, unos diez minutos, "
    "el martes 13 de octubre a las 18:20.\n\n"
    "¿Te animas?\n\nUn saludo,\nRaquel Ibáñez\nRedacción – Radio Rioja Viva\n"
)
FRIEND_ES_NOTE = (
    "¡Mira, Baptiste! Me han llamado para una entrevista en Bodegas Valdenájera, el mismo "
    "sitio donde estuviste tú. ¿Algún consejo? ¿Cómo es Íñigo?\n\nBesos,\nAmaia\n"
)
FRIEND_ES_INNER = (
    "Hola Amaia:\n\n"
    "Nos gustaría invitarte a una entrevista para el puesto de Responsable de Enoturismo "
    "el martes 6 de octubre a las 10:00 en la bodega.\n\n"
    "Un saludo,\nLucía Errazquin\nResponsable de Selección, Bodegas Valdenájera\n"
)
DENTAL = (
    "Hola Baptiste:\n\n"
    "Te recordamos tu cita en Clínica Dental Espolón el lunes 21 de septiembre a las "
    "17:30 (revisión e higiene).\n\n"
    "Si no puedes acudir, llámanos al 941 00 27 63.\n\nClínica Dental Espolón – Logroño\n"
)
PEDIDO = (
    "Hola Baptiste:\n\n"
    "Lamentablemente, tu pedido n.º 402-7781523 (decantador de cristal y 6 copas) se ha "
    "retrasado. La nueva fecha estimada de entrega es el viernes 11 de septiembre.\n\n"
    "Sentimos las molestias.\nAtención al cliente de TiendaVino\n"
)
PISO = (
    "Hola Baptiste:\n\n"
    "Te confirmo la visita al piso de la calle Portales (3 habitaciones, 2.º sin ascensor) "
    "el sábado 29 de agosto a las 12:00. Te espero en el portal.\n\n"
    "Si necesitas cambiar la hora, avísame por WhatsApp.\n\n"
    "Un saludo,\nIker Sáenz\nInmobiliaria Ebro Casas\n"
)

SPANISH = [
    {
        "key": "vinoempleo_alerta", "kind": "other", "lang": "es",
        "frm": ("VinoEmpleo", "alertas@vinoempleo.example.es"), "date": "2026-07-13 07:15 +0200",
        "subject": "4 ofertas nuevas para «exportación vino La Rioja»", "text": ALERTA,
        "html": html_shell(ALERTA, brand="VinoEmpleo", color="#6a1b3a"),
        "headers": [
            ("List-Id", "Alertas VinoEmpleo <alertas.vinoempleo.example.es>"),
            ("List-Unsubscribe", "<https://vinoempleo.example.es/alertas/baja?id=1188>"),
            ("Precedence", "bulk"),
        ],
    },
    {
        "key": "own_candidatura_lazarraga", "kind": "other", "lang": "es", "frm": ME,
        "to": [("Javier Lazarraga Ochoa", "javier.lazarraga@bodegaslazarraga.example.es")],
        "date": "2026-07-14 20:30 +0200",
        "subject": "Candidatura – Area Manager Francia y Suiza", "text": OWN_LAZARRAGA,
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "banco_posicion_global", "kind": "other", "lang": "es",
        "frm": ("Banco Riojano", "avisos@bancoriojano.example.es"), "date": "2026-07-01 06:10 +0200",
        "subject": "Tu posición global a 30/06/2026", "subj_cs": ("iso-8859-1", "b"),
        "html": html_shell(BANCO, brand="Banco Riojano", color="#005b96"),
    },
    {
        "key": "radio_rioja_entrevista", "kind": "other", "lang": "es",
        "contact": "raquel.ibanez@radioriojaviva.example.es",
        "frm": ("Raquel Ibáñez", "raquel.ibanez@radioriojaviva.example.es"),
        "name_cs": ("iso-8859-1", "q"), "date": "2026-10-05 12:05 +0200",
        "subject": "Entrevista en directo – La Copa de la Tarde", "text": RADIO_ES,
    },
    {
        "key": "amiga_fwd_entrevista", "kind": "other", "lang": "es",
        "contact": "amaia.ruiz@example.es", "frm": ("Amaia Ruiz", "amaia.ruiz@example.es"),
        "date": "2026-09-29 19:44 +0200",
        "subject": "Fwd: Entrevista – Responsable de Enoturismo", "text": FRIEND_ES_NOTE,
        "fwd": {
            "key": "amiga_fwd_entrevista_inner",
            "frm": ("Lucía Errazquin", "lucia.errazquin@valdenajera.example.es"),
            "to": [("Amaia Ruiz", "amaia.ruiz@example.es")], "date": "2026-09-29 11:20 +0200",
            "subject": "Entrevista – Responsable de Enoturismo", "text": FRIEND_ES_INNER,
            "cs": "iso-8859-1", "cte": "8bit",
        },
    },
    {
        "key": "clinica_dental_cita", "kind": "other", "lang": "es",
        "frm": ("Clínica Dental Espolón", "citas@dentalespolon.example.es"),
        "date": "2026-09-18 10:00 +0200", "subject": "Recordatorio de cita – lunes 21/09, 17:30",
        "text": DENTAL,
    },
    {
        "key": "tiendavino_pedido_retrasado", "kind": "other", "lang": "es",
        "frm": ("TiendaVino", "pedidos@tiendavino.example.es"), "date": "2026-09-07 14:25 +0200",
        "subject": "Lamentablemente, tu pedido se ha retrasado", "text": PEDIDO,
        "html": html_shell(PEDIDO, brand="TiendaVino", color="#7b1e3c"),
        "cs": "windows-1252", "cte": "quoted-printable", "html_cs": "utf-8",
    },
    {
        "key": "visita_piso_logrono", "kind": "other", "lang": "es",
        "contact": "iker.saenz@ebrocasas.example.es",
        "frm": ("Iker Sáenz", "iker.saenz@ebrocasas.example.es"), "date": "2026-08-25 17:50 +0200",
        "subject": "Visita piso calle Portales – sábado 12:00",
        "text": PISO + "\n" + outlook("es", "Baptiste Kerhervé-Nakamura", "martes, 25 de "
                                   "agosto de 2026 9:12", "Iker Sáenz",
                                   "Piso calle Portales",
                                   "Hola, ¿se puede visitar el piso este sábado? Gracias."),
    },
]

MESSAGES = ENGLISH + GERMAN + SPANISH
