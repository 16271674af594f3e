"""Corpus 155, hand-written: everything that is no news about the candidate's own applications.

The candidate's own mail, digests and newsletters, advice, press and research requests,
parcels and trackers, friends, cold approaches, bank/landlord/school/doctor, out-of-office
replies, network notifications and refused places on courses.
"""

from __future__ import annotations

from msgs155_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    digest_html,
    digest_text,
    forwarded,
    html_doc,
    outlook_html,
    paras,
    reply,
)
from msgs155_invites import (
    ANOUK,
    BERENICE,
    CLEARWATER_UPDATE,
    DELVAUX_MOVE,
    GREGORY,
    HANNAH,
    HARCOURT_REQUEST,
    JANA,
    KESSLER_INVITE,
    LUMIQ_MISSED,
    NADIA,
    PRIYA,
    RHEINWERK_NEW_SLOT,
    SABLON_MISSED,
    SANNE,
)

AURELIE = ("Aurélie Janssens", "aurelie.janssens@delvaux-sterckx.example.be")
ALVARO = ("Álvaro Cienfuegos", "acienfuegos@torrealba.example.es")
BERNADETTE = ("Bernadette Verhaegen", "bernadette@traiteur-verhaegen.example.be")
GMAIL = [("X-Mailer", "Mozilla Thunderbird 140.2")]


def cv_pdf(lang: str) -> dict:
    """The candidate's CV as a one-page PDF attachment."""
    titles = {"fr": "Curriculum vitae", "es": "Currículum vítae", "en": "Curriculum vitae"}
    return dict(
        filename="CV_Elodie_Vandamme-Reyes_2026.pdf",
        title=f"{titles[lang]} - Élodie Vandamme-Reyes",
        lines=["Rue de la Brasserie 61, 1050 Ixelles - +32 470 55 18 92 - elodie.vr@example.be",
               "2021-2026  Réceptionniste bilingue, Centre d'affaires Schuman, Bruxelles",
               "2018-2021  Réceptionniste, hôtel 4 étoiles, Bruxelles",
               "Langues : français, espagnol (langues maternelles), anglais C1, néerlandais B1",
               "Outils : Microsoft 365, Opera PMS, Planon, Teams, Zoom"])


# ------------------------------------------------------------------ the candidate's own mail

DELVAUX_THANKS = """Bonjour Madame Janssens,

Je tenais à vous remercier, ainsi que Maître Sterckx, pour le temps que vous m'avez consacré \
cet après-midi. Notre échange m'a confortée dans mon envie de rejoindre le cabinet : \
l'organisation des deux étages, la gestion des salles de réunion et l'accueil d'une clientèle \
internationale correspondent exactement à ce que je souhaite faire.

Je reste à votre disposition pour tout complément d'information.

Bien à vous,

Élodie Vandamme-Reyes
+32 470 55 18 92
"""

LUMIQ_APOLOGY = """Hi Sanne,

I'm so sorry about this morning. My laptop decided to install updates at 10:55 and by the \
time it had restarted the Meet was over. That's entirely my fault and I apologise for keeping \
you waiting.

I'm still very interested in the role. Would it be possible to find another slot? I'm free \
any time on Wednesday or Thursday this week.

Best regards,
Élodie
"""

RHEINWERK_THANKS = """Sehr geehrte Frau Hoffmeister,

vielen Dank für das angenehme Gespräch heute Vormittag und für den Rundgang durch die Hallen. \
Es hat mich sehr gefreut, Herrn Oberländer kennenzulernen, und die Aufgaben rund um die \
Messeorganisation haben mein Interesse noch verstärkt.

Ich freue mich darauf, von Ihnen zu hören.

Mit freundlichen Grüßen
Élodie Vandamme-Reyes
"""

SABLON_APOLOGY = """Madame Belkacem,

Je suis sincèrement désolée pour ce matin. J'ai fait un malaise dans le métro à la station \
Louise et j'ai été prise en charge par les secours ; mon téléphone était dans mon sac et je \
n'ai vu vos appels qu'en sortant de la pharmacie. Je vais bien, rassurez-vous.

Je mesure le désagrément que cela vous a causé, ainsi qu'à Thibault. Si vous acceptez de me \
proposer une autre date, je serais très heureuse de faire cette journée d'essai.

Avec toutes mes excuses,
Élodie Vandamme-Reyes
"""

TORREALBA_THANKS = """Estimado Álvaro:

Muchas gracias por la llamada de hoy y por su paciencia después del contratiempo del martes. \
Me ha encantado conocer mejor el día a día del despacho y el papel de la asistente de la socia \
directora.

Quedo a su disposición para una entrevista presencial cuando lo consideren oportuno; puedo \
estar en Madrid con unos días de antelación.

Un cordial saludo,
Élodie Vandamme-Reyes
+32 470 55 18 92
"""

VERHAEGEN_APPLICATION = """Madame Verhaegen,

Fidèle cliente de votre boutique de la chaussée de Waterloo, j'ai appris par votre fille \
Camille que la maison cherchait à renforcer son organisation administrative à l'approche de \
la saison des fêtes.

Réceptionniste bilingue depuis huit ans, d'abord en hôtellerie puis dans un centre d'affaires \
du quartier européen, je souhaite aujourd'hui évoluer vers un poste d'assistante de direction \
ou d'office manager. La coordination des commandes, des plannings et de l'accueil fait partie \
de mon quotidien, en français, en anglais et en espagnol.

Je serais ravie de vous présenter mon parcours lors d'un entretien, à votre convenance. Vous \
trouverez mon CV en pièce jointe.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Élodie Vandamme-Reyes
Rue de la Brasserie 61, 1050 Ixelles
+32 470 55 18 92
"""

TALENTIS_COLD = """Bonjour Élodie,

Je me permets de vous contacter car votre parcours, repéré sur Networkly, a retenu mon \
attention : huit ans d'accueil bilingue dans l'hôtellerie et les centres d'affaires, une \
vraie aisance avec les directions et une envie affichée d'évoluer vers l'office management.

Talentis accompagne plusieurs maisons parisiennes (mode, joaillerie, art de vivre) qui \
recherchent régulièrement ce type de profil pour leurs sièges. Je ne peux pas vous en dire \
davantage à ce stade, mais si une installation à Paris fait partie de vos projets, je serais \
heureuse d'ajouter votre CV à ma sélection.

Au plaisir de vous lire,

Bérénice Fauvel
Associée – Talentis Executive Search
62 rue de Miromesnil, 75008 Paris
+33 6 71 23 48 55
"""

TALENTIS_YES = """Bonjour Madame Fauvel,

Merci pour votre message. Oui, un poste à Paris m'intéresse et je serais heureuse d'en savoir \
plus. Vous trouverez mon CV à jour en pièce jointe ; je suis joignable au +32 470 55 18 92, de \
préférence en fin de journée.

Bien cordialement,
Élodie Vandamme-Reyes
"""

PUENTES_APPLICATION = """Estimado equipo de la Fundación Puentes Abiertos:

Les escribo para presentar mi candidatura al puesto de técnica de administración y oficina \
(ref. FPA-07/2026) publicado en su web.

Soy recepcionista bilingüe (francés y español, con inglés fluido) y llevo ocho años en \
hoteles y centros de negocios de Bruselas. Me gustaría poner esa experiencia al servicio de \
una organización social, y su trabajo con familias migrantes me toca de cerca: mi madre llegó \
a Bélgica desde Asturias en los años ochenta.

Adjunto mi currículum. Quedo a su disposición para una entrevista, también por videollamada.

Atentamente,
Élodie Vandamme-Reyes
+32 470 55 18 92
"""

CLEARWATER_THANKS = """Dear Hannah,

Thank you for having me today, and please pass my thanks on to Ruth and Mr Adeyemi as well. \
I really enjoyed the conversation, and the presentation exercise made me think hard about how \
a small charity can share a building without losing its identity.

If anything else would help the panel, I would be glad to send it.

With best wishes,
Élodie Vandamme-Reyes
"""

OWN = [
    dict(
        id="delvaux_thanks", kind="other", slug="own_thank_you_after_interview", lang="fr",
        frm=CAND, to=AURELIE, date="2026-01-29 18:42", parent="delvaux_move",
        subject="Re: Mis à jour : Entretien – Office Manager – Delvaux & Sterckx",
        headers=GMAIL,
        text=reply(DELVAUX_THANKS, "fr", "2026-01-23 16:02", *AURELIE, DELVAUX_MOVE),
    ),
    dict(
        id="lumiq_apology", kind="other", slug="own_apology_asks_new_slot", lang="en",
        frm=CAND, to=SANNE, date="2026-02-16 13:10", parent="lumiq_missed",
        subject="Re: Our call this morning", headers=GMAIL,
        text=reply(LUMIQ_APOLOGY, "en", "2026-02-16 11:24", *SANNE, LUMIQ_MISSED),
    ),
    dict(
        id="rheinwerk_thanks", kind="other", slug="own_dank_nach_gespraech", lang="de",
        frm=CAND, to=JANA, date="2026-03-26 17:30", parent="rheinwerk_new_slot",
        subject="Vielen Dank für das heutige Gespräch", charset="iso-8859-1", cte="qp",
        subject_enc=("iso-8859-1", "Q"), subject_mixed=True, frm_enc=("iso-8859-1", "Q"),
        text=reply(RHEINWERK_THANKS, "de", "2026-03-18 14:27", *JANA, RHEINWERK_NEW_SLOT),
    ),
    dict(
        id="harcourt_request", kind="other", slug="own_reschedule_request", lang="en",
        frm=CAND, to=PRIYA, date="2026-07-02 09:05", parent="harcourt_screen",
        subject="Re: Executive Assistant, Managing Partner's office: a short call?",
        headers=GMAIL, text=HARCOURT_REQUEST,
    ),
    dict(
        id="sablon_apology", kind="other", slug="own_apology_after_no_show", lang="fr",
        frm=CAND, to=NADIA, date="2026-06-09 10:20", parent="sablon_missed",
        subject="Re: Journée d'essai de ce matin", headers=[("X-Mailer", "iPhone Mail (22F76)")],
        text=reply(SABLON_APOLOGY, "fr", "2026-06-09 09:05", *NADIA, SABLON_MISSED),
    ),
    dict(
        id="torrealba_thanks", kind="other", slug="own_gracias_tras_llamada", lang="es",
        frm=CAND, to=ALVARO, date="2026-09-11 18:00", parent="torrealba_new_slot",
        subject="Gracias por la conversación de hoy", cte="b64", text=TORREALBA_THANKS,
        html=html_doc(paras(TORREALBA_THANKS), "es"),
    ),
    dict(
        id="verhaegen_application", kind="other", slug="own_spontaneous_application_cv",
        lang="fr", frm=CAND, to=BERNADETTE, date="2026-09-15 08:47",
        subject="Candidature spontanée – assistante de direction / office manager",
        subject_enc=("utf-8", "B"), text=VERHAEGEN_APPLICATION, pdfs=[cv_pdf("fr")],
        headers=GMAIL,
    ),
    dict(
        id="talentis_yes", kind="other", slug="own_reply_to_headhunter", lang="fr",
        frm=CAND, to=BERENICE, date="2026-08-25 09:15", parent="talentis_cold",
        subject="Re: Votre parcours – une opportunité à Paris ?",
        text=reply(TALENTIS_YES, "fr", "2026-08-24 17:02", *BERENICE, TALENTIS_COLD),
        pdfs=[cv_pdf("fr")], headers=GMAIL,
    ),
    dict(
        id="puentes_application", kind="other", slug="own_solicitud_fundacion", lang="es",
        frm=CAND, to=("Fundación Puentes Abiertos", "empleo@puentesabiertos.example.es"),
        to_enc=("iso-8859-1", "Q"), date="2026-06-22 22:14",
        subject="Candidatura: Técnica de administración y oficina (ref. FPA-07/2026)",
        subject_enc=("iso-8859-1", "Q"), charset="iso-8859-1", cte="qp",
        text=PUENTES_APPLICATION, pdfs=[cv_pdf("es")],
    ),
    dict(
        id="clearwater_thanks", kind="other", slug="own_thanks_to_panel", lang="en",
        frm=CAND, to=HANNAH, date="2026-03-10 19:02", parent="clearwater_update",
        subject="Thank you – Office and Operations Manager interview",
        text=reply(CLEARWATER_THANKS, "en", "2026-03-06 11:02", *HANNAH, CLEARWATER_UPDATE),
        headers=GMAIL,
    ),
    dict(
        id="kessler_forward_sister", kind="other", slug="own_forward_invite_to_sister",
        lang="fr", frm=CAND, to=("Inés Vandamme", "ines.vdm@example.be"),
        date="2026-05-04 21:30", parent="kessler_invite",
        subject="Fwd: Interview invitation: Office Manager – Kessler Fund Services",
        text="""Inés !!! Regarde ce que j'ai reçu ce matin. Un entretien à Luxembourg, devant \
trois personnes, dont le COO. Je panique un peu.

Tu pourrais me faire répéter le week-end prochain ? Tu joues le méchant recruteur, je fais la \
candidate parfaite.

Bisous,
É.

""" + forwarded("fr", *ANOUK, "2026-05-04 09:30", f"{CAND_NAME} <{CAND_ADDR}>",
                "Interview invitation: Office Manager – Kessler Fund Services",
                KESSLER_INVITE),
    ),
]

# ------------------------------------------------------------------ digests and newsletters

EMPLOIBXL_ITEMS = [
    ("Office Manager – cabinet d'avocats (Louise)",
     "https://www.emploibxl.example.be/offre/88213",
     "CDI, FR/EN. Premiers entretiens prévus dès la semaine prochaine."),
    ("Assistante de direction bilingue – ONG internationale",
     "https://www.emploibxl.example.be/offre/88207",
     "Quartier européen. Procédure : test écrit puis entretien avec le comité."),
    ("Réceptionniste chef d'équipe – hôtel 4* (Sablon)",
     "https://www.emploibxl.example.be/offre/88199",
     "Horaires variables. Journée d'essai rémunérée."),
    ("Executive Assistant – scale-up tech (Tour & Taxis)",
     "https://www.emploibxl.example.be/offre/88190",
     "Anglais courant. L'employeur répond à toutes les candidatures, même en cas de refus."),
    ("Office & Facility Coordinator – fournisseur d'ambassades",
     "https://www.emploibxl.example.be/offre/88184",
     "Habilitation de sécurité requise."),
]

JOBS_AMS_ITEMS = [
    ("Office Manager – fintech, Zuidas", "https://expatjobs.example.nl/j/55120",
     "English-speaking team of 60. Two interview rounds, decision within a week."),
    ("Executive Assistant to the Founders – climate start-up",
     "https://expatjobs.example.nl/j/55114",
     "Dutch not required. Hybrid, 3 days in the office near Westerpark."),
    ("Front Office Lead – boutique hotel on the canals",
     "https://expatjobs.example.nl/j/55102",
     "French a plus. Relocation support available."),
    ("Team Assistant – EU agency liaison office", "https://expatjobs.example.nl/j/55098",
     "Temporary contract, possible extension."),
]

JOBAGENT_ITEMS = [
    ("Office Managerin (m/w/d) – Agentur für Markenkommunikation, Köln-Ehrenfeld",
     "https://www.jobboerse-rheinland.example.de/stelle/774120",
     "Vollzeit, unbefristet. Vorstellungsgespräche noch im Mai."),
    ("Assistenz der Geschäftsführung mit Französisch (m/w/d) – Weinimport, Bonn",
     "https://www.jobboerse-rheinland.example.de/stelle/774118",
     "Teilzeit möglich. Bewerbung ohne Anschreiben."),
    ("Empfangsmitarbeiterin (m/w/d) – Kanzlei am Rudolfplatz",
     "https://www.jobboerse-rheinland.example.de/stelle/774101",
     "Sofortiger Eintritt, Probearbeitstag."),
    ("Teamassistenz Messe & Events (m/w/d) – Köln-Deutz",
     "https://www.jobboerse-rheinland.example.de/stelle/774095",
     "Befristet auf zwei Jahre."),
]

EMPLEO_ITEMS = [
    ("Office Manager - consultora tecnológica (Castellana)",
     "https://empleomadridhoy.example.es/oferta/31877",
     "Inglés alto. Proceso rápido: entrevista telefónica y una presencial."),
    ("Secretaria de dirección bilingüe francés - despacho de abogados",
     "https://empleomadridhoy.example.es/oferta/31870",
     "Salamanca. Se valora experiencia en recepción."),
    ("Recepcionista - hotel boutique en Malasaña",
     "https://empleomadridhoy.example.es/oferta/31862",
     "Turnos rotativos. Incorporación inmediata."),
    ("Asistente ejecutiva - fundación cultural", "https://empleomadridhoy.example.es/oferta/31855",
     "Contrato de sustitución con opción a indefinido."),
]

CARNET_ITEMS = [
    ("Refus après entretien : trois façons de rebondir",
     "https://www.carnet-rh.example.fr/articles/refus-apres-entretien",
     "Demander un retour, garder le contact, relancer six mois plus tard : mode d'emploi."),
    ("« Nous ne donnerons pas suite » : décoder les formules des recruteurs",
     "https://www.carnet-rh.example.fr/articles/decoder-refus",
     "Ce que disent vraiment les courriels de refus, et ce qu'ils ne disent pas."),
    ("Office manager, le métier qui monte",
     "https://www.carnet-rh.example.fr/articles/office-manager",
     "Salaires, compétences et évolutions en France et en Belgique."),
]

DESK_ITEMS = [
    ("5 questions to ask at the end of an interview",
     "https://theassistantsdesk.example.com/p/five-questions",
     "And the one question that makes panels sit up."),
    ("Thank-you notes that don't sound like templates",
     "https://theassistantsdesk.example.com/p/thank-you-notes",
     "Three real examples, with what the hiring managers thought of them."),
    ("From receptionist to office manager: a reader's story",
     "https://theassistantsdesk.example.com/p/reader-story-42",
     "How Nadia got her first offer after eleven rejections."),
]

EUCAREERS_ITEMS = [
    ("Reserve lists explained", "https://eucareers-digest.example.eu/reserve-lists",
     "Being on a reserve list is not a job offer, and not being on it is not the end."),
    ("Assessment centres: what the board actually looks for",
     "https://eucareers-digest.example.eu/assessment-centres",
     "Competencies, group exercises and the dreaded in-tray."),
    ("Open calls this month: 14 contract-agent profiles",
     "https://eucareers-digest.example.eu/open-calls-2026-06",
     "Including FG III office coordinators in Brussels and Luxembourg."),
]

KARRIERE_ITEMS = [
    ("Absage erhalten? So geht's weiter",
     "https://www.karriere-kompass.example.de/absage-was-nun",
     "Warum eine Absage kein Urteil über Sie ist – und wie Sie um Feedback bitten."),
    ("Das Vorstellungsgespräch per Video: zehn Stolperfallen",
     "https://www.karriere-kompass.example.de/videointerview",
     "Von der Kamera bis zum Hintergrund."),
    ("Gehaltsverhandlung im Office Management",
     "https://www.karriere-kompass.example.de/gehalt-office",
     "Was Office Manager in Köln, Düsseldorf und Bonn verdienen."),
]


def _list_headers(list_id: str, unsubscribe: str, mailto: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsubscribe}>, <mailto:{mailto}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


DIGESTS = [
    dict(
        id="emploibxl_alert", kind="other", slug="job_alert_digest_brussels", lang="fr",
        frm=("EmploiBxl Alertes", "alertes@emploibxl.example.be"),
        date="2026-03-03 06:30", subject="12 nouvelles offres pour « office manager » à Bruxelles",
        headers=_list_headers("Alertes emploi <alertes.emploibxl.example.be>",
                              "https://www.emploibxl.example.be/alertes/stop?u=ev4471",
                              "unsubscribe@emploibxl.example.be"),
        text=digest_text(
            "Vos nouvelles offres", "Bonjour Élodie, voici les offres publiées hier qui "
            "correspondent à votre alerte « office manager » (Bruxelles, 20 km).",
            EMPLOIBXL_ITEMS,
            "Vous recevez cet e-mail car vous avez créé une alerte sur EmploiBxl. "
            "Se désabonner : https://www.emploibxl.example.be/alertes/stop?u=ev4471"),
        html=digest_html(
            "fr", "Vos nouvelles offres", "Bonjour Élodie, voici les offres publiées hier qui "
            "correspondent à votre alerte « office manager » (Bruxelles, 20 km).",
            EMPLOIBXL_ITEMS,
            'Vous recevez cet e-mail car vous avez créé une alerte sur EmploiBxl. '
            '<a href="https://www.emploibxl.example.be/alertes/stop?u=ev4471">Se désabonner</a>',
            "#e4572e"),
    ),
    dict(
        id="carnet_rh", kind="other", slug="hr_newsletter_rebounding_after_no", lang="fr",
        frm=("Le Carnet RH", "lettre@carnet-rh.example.fr"), date="2026-04-16 07:00",
        subject="La lettre du jeudi : refus après entretien, comment rebondir ?",
        subject_enc=("utf-8", "B"),
        headers=_list_headers("La lettre du Carnet RH <lettre.carnet-rh.example.fr>",
                              "https://www.carnet-rh.example.fr/desinscription?id=a81f",
                              "desinscription@carnet-rh.example.fr"),
        html=digest_html(
            "fr", "La lettre du Carnet RH", "Cette semaine, on parle de ce moment que tout le "
            "monde redoute : le courriel qui commence par « Malgré la qualité de votre "
            "candidature ». Et de la suite, surtout.", CARNET_ITEMS,
            'Le Carnet RH, 9 rue du Faubourg-Poissonnière, 75009 Paris. '
            '<a href="https://www.carnet-rh.example.fr/desinscription?id=a81f">'
            "Se désinscrire</a>", "#7b2cbf"),
        html_cte="b64",
    ),
    dict(
        id="amsterdam_expat_jobs", kind="other", slug="weekly_expat_jobs_digest", lang="en",
        frm=("Amsterdam Expat Jobs", "weekly@expatjobs.example.nl"), date="2026-02-20 08:00",
        subject="This week: 4 office roles where Dutch is not required",
        headers=_list_headers("Expat Jobs weekly <weekly.expatjobs.example.nl>",
                              "https://expatjobs.example.nl/unsubscribe/7c1d02",
                              "leave@expatjobs.example.nl"),
        text=digest_text("This week on Amsterdam Expat Jobs",
                         "Hi Élodie, here are this week's picks for office and assistant roles. "
                         "Employers on this list have committed to reply to every applicant.",
                         JOBS_AMS_ITEMS,
                         "You subscribed at expatjobs.example.nl. Unsubscribe: "
                         "https://expatjobs.example.nl/unsubscribe/7c1d02"),
        html=digest_html("en", "This week on Amsterdam Expat Jobs",
                         "Hi Élodie, here are this week's picks for office and assistant roles. "
                         "Employers on this list have committed to reply to every applicant.",
                         JOBS_AMS_ITEMS,
                         '<a href="https://expatjobs.example.nl/unsubscribe/7c1d02">'
                         "Unsubscribe</a> · Amsterdam Expat Jobs, Herengracht 420", "#ff6b00"),
    ),
    dict(
        id="assistants_desk", kind="other", slug="newsletter_questions_for_interviewers",
        lang="en", frm=("The Assistant's Desk", "hello@theassistantsdesk.example.com"),
        date="2026-05-09 13:00", tz="UTC",
        subject="5 questions to ask at the end of an interview (and 1 to avoid)",
        headers=_list_headers("The Assistant's Desk <theassistantsdesk.example.com>",
                              "https://theassistantsdesk.example.com/unsubscribe?e=evr",
                              "unsubscribe@theassistantsdesk.example.com"),
        text=digest_text("The Assistant's Desk – issue 118",
                         "Hello! This week's issue is all about the end of the interview, when "
                         "the panel asks whether you have any questions for them. Plus a "
                         "reader's story about bouncing back from rejection.", DESK_ITEMS,
                         "You're receiving this because you subscribed to The Assistant's Desk. "
                         "Unsubscribe: https://theassistantsdesk.example.com/unsubscribe?e=evr"),
    ),
    dict(
        id="eucareers_digest", kind="other", slug="eu_careers_reserve_lists", lang="en",
        frm=("EU Careers Digest", "digest@eucareers-digest.example.eu"),
        date="2026-06-02 10:00", subject="Reserve lists, assessment centres and 14 open calls",
        headers=_list_headers("EU Careers Digest <digest.eucareers-digest.example.eu>",
                              "https://eucareers-digest.example.eu/u/0x7781",
                              "unsubscribe@eucareers-digest.example.eu"),
        text=digest_text("EU Careers Digest – June 2026",
                         "Dear reader, this month we explain what happens after an assessment "
                         "centre, and why candidates who are not placed on a reserve list "
                         "should apply again.", EUCAREERS_ITEMS,
                         "EU Careers Digest is an independent newsletter, not affiliated with "
                         "any EU institution. Unsubscribe: "
                         "https://eucareers-digest.example.eu/u/0x7781"),
        html=digest_html("en", "EU Careers Digest – June 2026",
                         "Dear reader, this month we explain what happens after an assessment "
                         "centre, and why candidates who are not placed on a reserve list "
                         "should apply again.", EUCAREERS_ITEMS,
                         'An independent newsletter. <a href="https://eucareers-digest.example'
                         '.eu/u/0x7781">Unsubscribe</a>', "#003399"),
    ),
    dict(
        id="jobagent_rheinland", kind="other", slug="jobagent_koeln_digest", lang="de",
        frm=("Jobbörse Rheinland", "jobagent@jobboerse-rheinland.example.de"),
        date="2026-05-05 05:45", subject="Ihr Jobagent: 4 neue Stellen für „Office Manager“ in Köln",
        headers=_list_headers("Jobagent <jobagent.jobboerse-rheinland.example.de>",
                              "https://www.jobboerse-rheinland.example.de/jobagent/abmelden/"
                              "k77e1", "abmelden@jobboerse-rheinland.example.de"),
        text=digest_text("Neue Stellen für Sie",
                         "Guten Morgen, Ihr Jobagent hat seit gestern 4 neue Stellenangebote "
                         "gefunden, die zu Ihrer Suche passen.", JOBAGENT_ITEMS,
                         "Jobagent abbestellen: https://www.jobboerse-rheinland.example.de/"
                         "jobagent/abmelden/k77e1"),
        html=digest_html("de", "Neue Stellen für Sie",
                         "Guten Morgen, Ihr Jobagent hat seit gestern 4 neue Stellenangebote "
                         "gefunden, die zu Ihrer Suche passen.", JOBAGENT_ITEMS,
                         '<a href="https://www.jobboerse-rheinland.example.de/jobagent/'
                         'abmelden/k77e1">Jobagent abbestellen</a> · Impressum', "#005a9c"),
        cte="b64", html_cte="b64",
    ),
    dict(
        id="karriere_kompass", kind="other", slug="career_newsletter_after_absage", lang="de",
        frm=("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
        date="2026-07-07 18:00", subject="Absage erhalten? So geht's weiter",
        headers=_list_headers("Karriere-Kompass Newsletter <newsletter.karriere-kompass."
                              "example.de>", "https://www.karriere-kompass.example.de/abmelden"
                              "?h=5512", "abmelden@karriere-kompass.example.de"),
        html=digest_html("de", "Karriere-Kompass – Ihr Newsletter",
                         "Liebe Leserin, lieber Leser, jede zweite Bewerbung endet mit einer "
                         "Absage. Diesmal zeigen wir, wie Sie nach einem „leider“ souverän "
                         "weitermachen – und wie Sie das nächste Vorstellungsgespräch besser "
                         "vorbereiten.", KARRIERE_ITEMS,
                         'Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. '
                         '<a href="https://www.karriere-kompass.example.de/abmelden?h=5512">'
                         "Abmelden</a>", "#2a9d8f", "windows-1252"),
        html_charset="windows-1252", html_cte="qp",
    ),
    dict(
        id="empleo_madrid", kind="other", slug="alertas_empleo_madrid", lang="es",
        frm=("Empleo Madrid Hoy", "alertas@empleomadridhoy.example.es"),
        date="2026-06-16 07:15", subject="4 ofertas nuevas de «office manager» en Madrid",
        subject_enc=("iso-8859-1", "B"),
        headers=_list_headers("Alertas Empleo Madrid Hoy <alertas.empleomadridhoy.example.es>",
                              "https://empleomadridhoy.example.es/alertas/baja?t=ev91",
                              "baja@empleomadridhoy.example.es"),
        text=digest_text("Tus alertas de empleo",
                         "Hola, Élodie: estas son las ofertas nuevas que coinciden con tu "
                         "alerta. Recuerda: si una empresa descarta tu candidatura, te lo "
                         "notificaremos en tu área privada.", EMPLEO_ITEMS,
                         "Darte de baja: https://empleomadridhoy.example.es/alertas/baja?t=ev91"),
        html=digest_html("es", "Tus alertas de empleo",
                         "Hola, Élodie: estas son las ofertas nuevas que coinciden con tu "
                         "alerta. Recuerda: si una empresa descarta tu candidatura, te lo "
                         "notificaremos en tu área privada.", EMPLEO_ITEMS,
                         '<a href="https://empleomadridhoy.example.es/alertas/baja?t=ev91">'
                         "Darte de baja</a>", "#c1121f", "iso-8859-1"),
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        id="salon_emploi", kind="other", slug="job_fair_speed_interviews", lang="fr",
        frm=("Bruxelles Emploi Réseau", "info@bxl-emploi-reseau.example.be"),
        date="2026-09-07 11:00",
        subject="Salon de l'emploi du 24 septembre : 40 recruteurs, entretiens éclairs",
        headers=_list_headers("Bruxelles Emploi Réseau <info.bxl-emploi-reseau.example.be>",
                              "https://www.bxl-emploi-reseau.example.be/newsletter/quitter",
                              "quitter@bxl-emploi-reseau.example.be"),
        text="""Bonjour,

Le Salon de l'emploi bilingue revient le jeudi 24 septembre à Tour & Taxis, de 10h à 17h.

Au programme :
- 40 employeurs (hôtellerie, institutions européennes, cabinets d'avocats, tech) ;
- des entretiens éclairs de 10 minutes, sans rendez-vous : venez avec votre CV imprimé ;
- un atelier « Se relever d'un refus » animé par une coach à 14h ;
- des relectures de CV gratuites toute la journée.

Entrée gratuite, inscription conseillée : https://www.bxl-emploi-reseau.example.be/salon2026

À très bientôt,
L'équipe de Bruxelles Emploi Réseau

Vous recevez cette lettre car vous êtes inscrite à notre réseau. Se désinscrire : \
https://www.bxl-emploi-reseau.example.be/newsletter/quitter
""",
    ),
    dict(
        id="assistantes_list", kind="other", slug="mailing_list_member_story", lang="fr",
        frm=("Nathalie Gérard", "nath.gerard@example.be"),
        to=("Réseau des assistantes de Bruxelles", "assistantes-bxl@lists.reseau-assistantes"
            ".example.be"),
        reply_to=("Réseau des assistantes de Bruxelles",
                  "assistantes-bxl@lists.reseau-assistantes.example.be"),
        date="2026-04-21 21:12", subject="[assistantes-bxl] Retour d'expérience : mon refus chez "
        "un grand cabinet", subject_enc=("utf-8", "Q"), subject_mixed=True,
        headers=[("List-Id", "Reseau des assistantes de Bruxelles "
                  "<assistantes-bxl.lists.reseau-assistantes.example.be>"),
                 ("List-Post", "<mailto:assistantes-bxl@lists.reseau-assistantes.example.be>"),
                 ("List-Unsubscribe", "<https://lists.reseau-assistantes.example.be/"
                  "options/assistantes-bxl>"),
                 ("List-Archive", "<https://lists.reseau-assistantes.example.be/archives/"
                  "assistantes-bxl>"),
                 ("Precedence", "list"), ("X-Mailman-Version", "3.3.9")],
        text="""Bonsoir à toutes et à tous,

Je partage mon expérience, ça peut servir. J'ai passé trois entretiens en un mois pour un \
poste d'office manager dans un grand cabinet du quartier Louise, dont un assessment d'une \
demi-journée. Hier, réponse négative : ils ont choisi une candidate en interne.

Ce que je retiens : demandez dès le premier entretien s'il y a des candidats internes, et \
n'hésitez pas à demander un retour détaillé après un refus. Le mien a été très constructif.

Si certaines ont des questions sur le déroulement, je réponds volontiers.

Nathalie

_______________________________________________
assistantes-bxl mailing list -- assistantes-bxl@lists.reseau-assistantes.example.be
Pour vous désabonner : assistantes-bxl-leave@lists.reseau-assistantes.example.be
""",
    ),
    dict(
        id="medium_noshow", kind="other", slug="article_interview_no_show_recruiter_side",
        lang="en", frm=("Readwell Daily Digest", "noreply@digest.readwell.example.com"),
        date="2026-08-19 06:05", tz="UTC",
        subject="What happens when a candidate misses the interview? A recruiter's view",
        headers=_list_headers("Readwell Daily Digest <digest.readwell.example.com>",
                              "https://readwell.example.com/settings/email?off=digest",
                              "unsubscribe@readwell.example.com"),
        text="""Today's highlight for you

What happens when a candidate misses the interview? A recruiter's view
by Daniel Foster · 7 min read

"We waited on Teams for fifteen minutes. Nobody came." Every recruiter has written that \
email. In this piece I explain what we actually do next: the two follow-up calls, the \
benefit of the doubt, and the point where we move on to the next candidate.

Read the story: https://readwell.example.com/@dfoster/missed-interview-8e1c

More from your topics: Careers, Recruiting, Office life

Sent by Readwell · Unsubscribe: https://readwell.example.com/settings/email?off=digest
""",
    ),
    dict(
        id="articulo_rechazo", kind="other", slug="articulo_responder_rechazo", lang="es",
        frm=("Oficio y Oficina", "boletin@oficioyoficina.example.es"),
        date="2026-10-01 09:00",
        subject="Cómo responder a un correo de rechazo (con plantillas)",
        headers=_list_headers("Boletín Oficio y Oficina <boletin.oficioyoficina.example.es>",
                              "https://oficioyoficina.example.es/baja?u=3391",
                              "baja@oficioyoficina.example.es"),
        text="""Hola:

Esta semana en el blog: «Lamentamos comunicarte que hemos seleccionado a otra persona». \
¿Y ahora qué? Te contamos por qué merece la pena contestar a un rechazo, qué escribir para \
pedir feedback sin parecer insistente y cómo dejar la puerta abierta para futuras vacantes.

Incluye tres plantillas: tras una entrevista, tras una prueba práctica y tras un proceso con \
headhunter.

Leer el artículo: https://oficioyoficina.example.es/blog/responder-rechazo

Un abrazo,
Paula, de Oficio y Oficina

Recibes este boletín porque te suscribiste en oficioyoficina.example.es. Darte de baja: \
https://oficioyoficina.example.es/baja?u=3391
""",
        html=html_doc(paras("""Hola:

Esta semana en el blog: «Lamentamos comunicarte que hemos seleccionado a otra persona». \
¿Y ahora qué? Te contamos por qué merece la pena contestar a un rechazo, qué escribir para \
pedir feedback sin parecer insistente y cómo dejar la puerta abierta para futuras vacantes.

Incluye tres plantillas: tras una entrevista, tras una prueba práctica y tras un proceso con \
headhunter.

Leer el artículo: https://oficioyoficina.example.es/blog/responder-rechazo

Un abrazo,
Paula, de Oficio y Oficina""") + '\n<p style="font-size:11px"><a href="https://'
                      'oficioyoficina.example.es/baja?u=3391">Darte de baja</a></p>', "es"),
    ),
    dict(
        id="horizon_webinar", kind="other", slug="agency_webinar_video_interviews", lang="fr",
        frm=("Intérim Horizon", "newsletter@interimhorizon.example.be"),
        date="2026-03-19 12:00",
        subject="Webinaire gratuit : réussir son entretien d'embauche en visio",
        subject_enc=("iso-8859-1", "Q"), subject_mixed=True,
        headers=_list_headers("Interim Horizon candidats <candidats.interimhorizon.example.be>",
                              "https://www.interimhorizon.example.be/newsletter/stop?c=4471",
                              "stop@interimhorizon.example.be"),
        html=html_doc(
            "<h2>Réussir son entretien d'embauche en visio</h2>\n"
            "<p>Jeudi 26 mars, 12h30-13h15, en ligne</p>\n"
            "<p>Caméra, lumière, connexion, regard, silences : nos consultants partagent ce "
            "qu'ils observent chaque semaine lors des entretiens à distance, et ce qui fait "
            "la différence auprès de nos clients.</p>\n"
            '<p><a href="https://www.interimhorizon.example.be/webinaires/visio-2026">'
            "Je m'inscris</a></p>\n"
            '<p style="font-size:11px;color:#777">Vous recevez cet e-mail en tant que candidat(e) '
            'inscrit(e) chez Intérim Horizon. <a href="https://www.interimhorizon.example.be/'
            'newsletter/stop?c=4471">Se désabonner</a></p>', "fr"),
        html_cte="qp",
    ),
]

# ------------------------------------------------------------------ requests and notifications

REQUESTS = [
    dict(
        id="podcast_guest", kind="other", slug="podcast_guest_interview_request", lang="en",
        frm=("Maya Brennan", "maya@frontdeskpodcast.example.com"), date="2026-04-08 16:12",
        tz="UK", subject="Guest invitation – The Front Desk Podcast",
        text="""Hi Élodie,

I host The Front Desk Podcast, a fortnightly show about the people who keep offices, hotels \
and embassies running. A listener pointed me to your post about working a reception desk in \
four languages, and I'd love to have you on as a guest.

The interview takes about 40 minutes, recorded remotely whenever suits you in May. We'd talk \
about your path from hotel reception to the business centre, and what you'd tell someone \
starting out. No preparation needed, and you'd get to hear the edit before it goes out.

Would you be up for it?

Warmly,
Maya Brennan
Host & producer, The Front Desk Podcast
""",
    ),
    dict(
        id="gazette_interview", kind="other", slug="press_interview_request", lang="fr",
        frm=("Julie Van Hove", "j.vanhove@gazettedebruxelles.example.be"),
        date="2026-09-22 10:40",
        subject="Demande d'interview – dossier sur les métiers de l'accueil multilingue",
        text="""Bonjour Madame Vandamme-Reyes,

Je suis journaliste à La Gazette de Bruxelles et je prépare un dossier sur les métiers de \
l'accueil dans une ville où l'on passe du français à l'anglais, au néerlandais et à \
l'espagnol dans la même matinée.

Le Centre d'affaires Schuman m'a donné votre nom. Accepteriez-vous de m'accorder une \
interview d'une demi-heure, par téléphone ou autour d'un café, dans les quinze prochains \
jours ? Une photo serait un plus, mais rien n'est obligatoire.

Le dossier paraîtra dans notre édition du week-end, mi-octobre.

Bien cordialement,

Julie Van Hove
Journaliste – rubrique Société
La Gazette de Bruxelles
+32 2 225 40 18
""",
    ),
    dict(
        id="jobfolio_research", kind="other", slug="user_research_interview_voucher", lang="en",
        frm=("Ravi Menon (Jobfolio Research)", "research@jobfolio.example.com"),
        reply_to=("Ravi Menon", "ravi.menon@jobfolio.example.com"),
        date="2026-06-11 15:33", tz="UTC",
        subject="Help us improve Jobfolio: 45-minute research interview (€40 voucher)",
        subject_enc=("utf-8", "Q"), subject_mixed=True,
        text="""Hi Élodie,

I'm a user researcher at Jobfolio. You've used our application tracker for a few months now, \
and we'd really like to hear how it fits into your job search.

We're inviting a small group of users to a 45-minute research interview over video. There \
are no right or wrong answers: we want to understand how you keep track of applications, \
interviews and follow-ups, and where the app gets in your way. As a thank-you, you'll receive \
a €40 voucher.

If you're interested, pick a time here: https://research.jobfolio.example.com/book/evr-2026

Thanks!
Ravi Menon
UX Research, Jobfolio
""",
        html=html_doc(paras("""Hi Élodie,

I'm a user researcher at Jobfolio. You've used our application tracker for a few months now, \
and we'd really like to hear how it fits into your job search.

We're inviting a small group of users to a 45-minute research interview over video. There \
are no right or wrong answers: we want to understand how you keep track of applications, \
interviews and follow-ups, and where the app gets in your way. As a thank-you, you'll receive \
a €40 voucher.

If you're interested, pick a time here: https://research.jobfolio.example.com/book/evr-2026

Thanks!
Ravi Menon
UX Research, Jobfolio"""), "en"),
    ),
    dict(
        id="colis_retard", kind="other", slug="parcel_delayed_unfortunately", lang="fr",
        frm=("ColisExpress", "ne-pas-repondre@colisexpress.example.be"),
        date="2026-02-26 14:02",
        subject="Votre colis CX 4471 0925 BE est malheureusement retardé",
        headers=[("Auto-Submitted", "auto-generated")],
        html=html_doc(
            "<p>Bonjour,</p>\n<p>Nous sommes désolés : votre colis <b>CX 4471 0925 BE</b> "
            "(expéditeur : Librairie Filigranes) n'a malheureusement pas pu être livré "
            "aujourd'hui en raison d'un retard au centre de tri de Bruxelles X.</p>\n"
            "<p>Nouvelle date de livraison estimée : vendredi 27 février, entre 9h et 13h. "
            "Vous pouvez suivre sa position en temps réel ou choisir un point relais :</p>\n"
            '<p><a href="https://track.colisexpress.example.be/CX44710925BE">Suivre mon colis'
            "</a></p>\n<p>Merci de votre patience,<br>Le service clients ColisExpress</p>",
            "fr"),
        html_cte="qp",
    ),
    dict(
        id="bike_tracker", kind="other", slug="gps_position_bike_tracker", lang="en",
        frm=("TrackMate", "alerts@trackmate.example.com"), date="2026-07-24 23:18", tz="UTC",
        subject="Position update: 'Bleu' has left its safe zone",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""TrackMate alert

Your tracker "Bleu" (Brompton C Line) left its safe zone "Home – Ixelles" at 00:41.

Last known position: 50.8272 N, 4.3731 E (Rue du Trône, Brussels), accuracy 12 m
Battery: 64 %

If you moved the bike yourself, you can ignore this message. Otherwise, open the app to \
follow its position live or mark it as stolen.

https://app.trackmate.example.com/devices/bleu

TrackMate – you are receiving this alert because safe-zone notifications are on.
""",
    ),
    dict(
        id="pedido_retrasado", kind="other", slug="pedido_retrasado_lamentablemente", lang="es",
        frm=("Tienda Casa Lumbre", "pedidos@casalumbre.example.es"), date="2026-05-14 12:26",
        subject="Lamentablemente, tu pedido #CL-20931 llegará con retraso",
        subject_enc=("utf-8", "B"), headers=[("Auto-Submitted", "auto-generated")],
        text="""Hola, Élodie:

Lamentablemente, tu pedido #CL-20931 (2 x fuente de cerámica esmaltada, color arena) llegará \
con unos días de retraso: nuestro proveedor de Talavera no ha podido entregarnos las piezas a \
tiempo.

Nueva fecha estimada de envío: 21 de mayo. Si prefieres cancelar el pedido, responde a este \
correo y te devolvemos el importe íntegro.

Sentimos las molestias.

El equipo de Casa Lumbre
""",
    ),
    dict(
        id="camille_refus", kind="other", slug="friend_tells_own_rejection", lang="fr",
        frm=("Camille Dufour", "camille.dufour@example.fr"), date="2026-03-27 22:48",
        subject="bon ben c'est non…", subject_enc=("utf-8", "Q"), cte="8bit",
        text="""Coucou ma belle,

Petit message pour te dire que j'ai reçu la réponse de l'agence de com de Lille : c'est non. \
Ils ont « retenu un profil plus senior ». Après trois entretiens et un cas pratique rendu un \
dimanche soir, ça pique un peu.

Bref, je vais m'en remettre, je me console avec une gaufre. Et toi, tes entretiens à \
Bruxelles, ça donne quoi ? Raconte-moi tout, j'ai besoin de bonnes nouvelles !

Je t'embrasse,
Camille
""",
    ),
    dict(
        id="marta_rechazo", kind="other", slug="amiga_cuenta_su_rechazo", lang="es",
        frm=("Marta Iglesias", "marta.iglesias.p@example.es"), date="2026-06-29 20:05",
        subject="Me han dicho que no (otra vez)", cte="qp",
        text="""¡Hola, Élodie!

¿Te acuerdas de la entrevista en la agencia de viajes de la que te hablé? Pues hoy me han \
escrito para decirme que han elegido a otra candidata. Muy amables, eso sí, pero no.

Ya llevo cuatro procesos este año y empiezo a estar un poco harta. Menos mal que el viernes \
tengo otra entrevista, en una clínica dental cerca de casa. Cruza los dedos por mí.

¿Y tú qué tal con lo de Madrid? ¡Llámame este finde!

Besos,
Marta
""",
    ),
    dict(
        id="katrin_absage", kind="other", slug="freundin_erzaehlt_absage", lang="de",
        frm=("Katrin Schulte", "katrin.schulte@example.de"), date="2026-04-11 10:31",
        subject="Absage von der Uni-Verwaltung :(",
        text="""Liebe Élodie,

kurzes Update aus Köln: Die Uni-Verwaltung hat mir gestern abgesagt. Die Stelle im \
Dekanatsbüro geht an jemanden, der schon im Haus arbeitet. Ich hatte mir echt Hoffnungen \
gemacht, nach dem Gespräch war ich so optimistisch.

Na ja, weiter geht's. Wie lief es denn bei dir mit der Messefirma? Du hattest doch auch ein \
Gespräch in Deutz, oder? Drück dir die Daumen!

Liebe Grüße
Katrin
""",
    ),
    dict(
        id="talentis_cold", kind="other", slug="headhunter_cold_approach_paris", lang="fr",
        frm=BERENICE, date="2026-08-24 17:02",
        subject="Votre parcours – une opportunité à Paris ?", text=TALENTIS_COLD,
        headers=[("X-Mailer", "Apple Mail (2.3774.600.62)")],
    ),
    dict(
        id="mayfair_cold", kind="other", slug="headhunter_cold_approach_london", lang="en",
        frm=("Charlotte Hale", "charlotte@halesearch.example.co.uk"), date="2026-05-27 11:45",
        tz="UK", subject="Confidential search – Office Manager, family office (Mayfair)",
        text="""Dear Élodie,

I lead a small search firm specialising in private offices, and I came across your profile \
while mapping bilingual office professionals with hospitality backgrounds.

I'm currently retained on a confidential search for an Office Manager for a family office in \
Mayfair: discreet, international, with a strong French-speaking side. I can't share the \
client's name at this stage.

If a move to London is something you'd consider, reply to this email and I'll send you a \
short brief. If not, no problem at all, and apologies for the intrusion.

Kind regards,

Charlotte Hale
Director, Hale Search
""",
    ),
    dict(
        id="xing_cold", kind="other", slug="headhunterin_direktansprache", lang="de",
        frm=("Miriam Vogt", "m.vogt@vogt-personalberatung.example.de"),
        date="2026-09-30 09:12",
        subject="Executive Assistant (m/w/d) in Düsseldorf: wäre das etwas für Sie?",
        charset="iso-8859-1", cte="qp", subject_enc=("iso-8859-1", "Q"), subject_mixed=True,
        text="""Sehr geehrte Frau Vandamme-Reyes,

über Ihr Networkly-Profil bin ich auf Sie aufmerksam geworden. Ihre Erfahrung am Empfang \
internationaler Häuser und Ihre Sprachkenntnisse passen sehr gut zu einer Position, die ich \
derzeit für einen Mandanten besetze: Executive Assistant (m/w/d) der Geschäftsführung eines \
französischen Industrieunternehmens mit Sitz in Düsseldorf.

Falls ein Wechsel ins Rheinland für Sie grundsätzlich in Frage kommt, freue ich mich über eine \
kurze Rückmeldung. Ich sende Ihnen dann gerne die ausführliche Positionsbeschreibung.

Mit freundlichen Grüßen
Miriam Vogt
Vogt Personalberatung
Königsallee 60 · 40212 Düsseldorf
""",
    ),
    dict(
        id="banque_rdv", kind="other", slug="bank_adviser_annual_meeting", lang="fr",
        frm=("Banque Arden – Votre agence Ixelles", "agence.ixelles@banque-arden.example.be"),
        date="2026-02-12 09:20", subject="Confirmation de votre entretien avec votre conseiller",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Madame Vandamme-Reyes,

Nous avons le plaisir de vous confirmer votre entretien annuel avec votre conseiller, \
M. Kevin Maes, le mardi 17 février à 17h30 en notre agence d'Ixelles (chaussée d'Ixelles 212).

Ordre du jour proposé : bilan de votre épargne, position de vos comptes au 31 décembre et \
simulation de prêt hypothécaire.

Si vous ne pouvez pas vous présenter, merci d'annuler ou de déplacer ce rendez-vous depuis \
votre espace Arden Online ou en appelant le 02 404 33 33.

Banque Arden
""",
        pdfs=[dict(filename="Position_comptes_2025-12-31.pdf",
                   title="Banque Arden - Position de vos comptes au 31/12/2025",
                   lines=["Titulaire : Mme Élodie Vandamme-Reyes",
                          "Compte à vue BE71 0961 2345 6769 : 2.184,37 EUR",
                          "Compte épargne BE42 0961 9876 5432 : 11.620,00 EUR",
                          "Document établi à titre informatif."])],
    ),
    dict(
        id="proprio_etat_des_lieux", kind="other", slug="landlord_visit_moved", lang="fr",
        frm=("Philippe Delcourt", "ph.delcourt@example.be"), date="2026-04-02 19:25",
        subject="Passage du chauffagiste – changement de date", charset="windows-1252",
        cte="qp",
        text="""Bonjour Madame Vandamme-Reyes,

Le chauffagiste ne peut finalement pas passer lundi pour l'entretien annuel de la chaudière. \
Il propose le jeudi 9 avril entre 8h et 10h. Pourriez-vous me dire si vous serez présente, ou \
si je dois passer avec ma clé ?

Par ailleurs, je vous confirme que l'état des lieux intermédiaire prévu en mai est annulé : \
tout est en ordre de mon côté.

Bonne soirée,
Philippe Delcourt
""",
    ),
    dict(
        id="ecole_entretien", kind="other", slug="school_parent_teacher_meeting", lang="fr",
        frm=("École communale Les Marronniers", "secretariat@ecole-marronniers.example.be"),
        to=[("Élodie Vandamme-Reyes", "elodie.vr@example.be"),
            ("Jonas Lefèvre", "jonas.lefevre@example.be")],
        date="2026-01-22 13:05",
        subject="Entretiens individuels parents-enseignants – 3e primaire",
        text="""Chers parents de Noé,

Les entretiens individuels parents-enseignants de 3e primaire auront lieu le jeudi 5 février \
entre 15h30 et 19h. Madame Wauters vous propose un rendez-vous de 15 minutes à 17h15.

Si ce créneau ne vous convient pas, merci de le signaler au secrétariat avant le 30 janvier ; \
nous vous proposerons une autre plage.

Nous vous rappelons également que la réunion de l'association des parents est reportée au \
mois de mars.

Le secrétariat
École communale Les Marronniers
""",
    ),
    dict(
        id="medecin_annule", kind="other", slug="doctor_appointment_cancelled", lang="fr",
        frm=("Agenda Santé", "no-reply@agendasante.example.be"), date="2026-06-18 07:42",
        subject="Votre rendez-vous du 19/06 avec Dr Hermans est annulé",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Élodie,

Le Dr Anne Hermans (médecine générale, Ixelles) a dû annuler votre rendez-vous du vendredi \
19 juin à 11h20 pour raison de force majeure.

Nous sommes désolés pour ce contretemps. Vous pouvez reprendre un rendez-vous en ligne dès \
maintenant : https://agendasante.example.be/dr-hermans

Ceci est un message automatique, merci de ne pas y répondre.
Agenda Santé
""",
    ),
    dict(
        id="gym_consultation", kind="other", slug="gym_consultation_moved", lang="en",
        frm=("Fitbox Ixelles", "ixelles@fitbox.example.be"), date="2026-01-09 18:15",
        subject="Your personal-training consultation has been moved",
        text="""Hi Élodie,

Our coach Sam is off sick this week, so we've moved your free personal-training consultation \
from Saturday 10 January at 10:00 to Saturday 17 January at 10:00.

During the 30-minute session Sam will go through your goals, check your posture and put \
together a first four-week plan. If the new time doesn't suit you, reply to this email or \
rebook in the app.

See you soon,
The Fitbox Ixelles team
""",
    ),
    dict(
        id="sprachschule_einstufung", kind="other", slug="sprachschule_einstufungsgespraech",
        lang="de", frm=("Sprachinstitut am Dom", "kurse@sprachinstitut-dom.example.de"),
        date="2026-02-19 14:50", subject="Ihr Einstufungsgespräch für den Deutschkurs C1",
        cte="qp",
        text="""Sehr geehrte Frau Vandamme-Reyes,

vielen Dank für Ihre Anmeldung zum Abendkurs Deutsch C1 (Beginn 9. März). Vor Kursbeginn \
führen wir mit allen Teilnehmenden ein kurzes Einstufungsgespräch von etwa 15 Minuten durch.

Ihr Termin: Mittwoch, 25. Februar, 18:30 Uhr, per Videotelefonie. Den Link erhalten Sie am \
Vortag. Falls Sie verhindert sind, können Sie den Termin bis 24 Stunden vorher verschieben.

Mit freundlichen Grüßen
Ihr Team vom Sprachinstitut am Dom
""",
    ),
    dict(
        id="banco_cita", kind="other", slug="banco_cita_gestor", lang="es",
        frm=("Banco Meseta", "avisos@bancomeseta.example.es"), date="2026-07-03 10:10",
        subject="Tu cita con tu gestor está confirmada",
        headers=[("Auto-Submitted", "auto-generated")],
        html=html_doc(paras("""Hola, Élodie:

Te confirmamos tu cita con tu gestora, Ana Beltrán, el martes 7 de julio a las 9:30 en la \
oficina de Lavapiés (calle de Argumosa 14).

Trae tu NIE o pasaporte para terminar la apertura de tu cuenta de no residente. Si no puedes \
acudir, puedes cambiar o anular la cita desde la app.

Banco Meseta"""), "es"),
    ),
    dict(
        id="ooo_gregory", kind="other", slug="out_of_office_agency_consultant", lang="fr",
        frm=GREGORY, date="2026-08-04 08:02", parent="ext_evr_dispos_septembre",
        subject="Réponse automatique : Mes disponibilités en septembre",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Bonjour,

Je suis absent jusqu'au vendredi 21 août inclus, sans accès à mes e-mails.

Pour toute question urgente concernant une mission, un entretien ou votre contrat, contactez \
l'agence de Liège au 04 221 36 70 ou à liege@interimhorizon.example.be.

Bien à vous,
Grégory Lambotte
""",
    ),
    dict(
        id="ooo_hannah", kind="other", slug="out_of_office_after_thank_you", lang="en",
        frm=HANNAH, date="2026-03-10 18:02", tz="UK", parent="clearwater_thanks",
        subject="Automatic reply: Thank you – Office and Operations Manager interview",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Thank you for your email. I am away from the office until Monday 16 March with \
limited access to email, and will reply when I return.

For interview arrangements or candidate questions, please contact \
people@clearwatertrust.example.org.uk.

Hannah Okafor
People and Governance Officer, Clearwater Relief Trust
""",
    ),
    dict(
        id="ooo_jana", kind="other", slug="abwesenheitsnotiz", lang="de",
        frm=JANA, date="2026-03-26 17:31", parent="rheinwerk_thanks",
        subject="Abwesend: Vielen Dank für das heutige Gespräch",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        charset="windows-1252", cte="qp",
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. April 2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. \
In dringenden Fällen wenden Sie sich bitte an personal@rheinwerk-messe.example.de.

Mit freundlichen Grüßen
Jana Hoffmeister
""",
    ),
    dict(
        id="networkly_views", kind="other", slug="network_profile_views", lang="en",
        frm=("Networkly", "notifications@networkly.example.com"), date="2026-03-12 17:30",
        tz="UTC", subject="Élodie, 5 people viewed your profile this week",
        headers=_list_headers("Networkly notifications <notifications.networkly.example.com>",
                              "https://www.networkly.example.com/settings/notifications?u=ev",
                              "unsubscribe@networkly.example.com"),
        text="""Élodie, your profile is getting noticed

5 people viewed your profile this week, including:
- a Talent Partner at a data analytics company in Amsterdam
- a recruiter at an executive search firm in Paris
- someone at a law firm in Brussels

Jobs you may be interested in:
- Office Manager – Delvaux & Sterckx (Brussels) – 42 applicants
- Executive Assistant – Tulipshift (Amsterdam) – be an early applicant

See all views: https://www.networkly.example.com/me/profile-views

Networkly, Inc. · You are receiving Networkly notification emails. Unsubscribe: \
https://www.networkly.example.com/settings/notifications?u=ev
""",
    ),
    dict(
        id="networkly_congrats", kind="other", slug="network_congratulate_new_position",
        lang="fr", frm=("Networkly", "notifications@networkly.example.com"),
        date="2026-09-02 12:10", tz="UTC",
        subject="Félicitez Sophie Claessens pour son nouveau poste",
        headers=_list_headers("Networkly notifications <notifications.networkly.example.com>",
                              "https://www.networkly.example.com/settings/notifications?u=ev",
                              "unsubscribe@networkly.example.com"),
        html=html_doc("""<p>Sophie Claessens a commencé un nouveau poste : <b>Directrice \
administrative et financière</b> chez Horizons Partagés.</p>
<p><a href="https://www.networkly.example.com/feed/update/9981">Dire félicitations</a></p>
<hr>
<p>Offres d'emploi qui pourraient vous intéresser :</p>
<ul><li><a href="https://www.networkly.example.com/jobs/554120">Office Manager – Quartier \
Léopold Business Center</a> (Bruxelles)</li>
<li><a href="https://www.networkly.example.com/jobs/554087">Assistante de direction – Verbruggen \
Consulting</a> (Bruxelles)</li></ul>
<p style="font-size:11px;color:#888">Networkly · <a href="https://www.networkly.example.com/\
settings/notifications?u=ev">Gérer vos notifications</a></p>""", "fr"),
    ),
    dict(
        id="alert_created", kind="other", slug="job_alert_created_confirmation", lang="en",
        frm=("Brussels Jobs Board", "no-reply@brusselsjobs.example.be"),
        date="2026-01-05 20:44", subject="Your job alert \"office manager\" has been created",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Élodie,

Your job alert has been set up:

Keywords: office manager OR executive assistant
Location: Brussels + 25 km
Frequency: daily

You'll receive new positions matching your search every morning. You can pause or delete \
this alert at any time: https://brusselsjobs.example.be/alerts

Good luck with your search!
Brussels Jobs Board
""",
    ),
    dict(
        id="meuse_formation_refus", kind="other", slug="course_admission_refused", lang="fr",
        frm=("Institut Meuse Formation", "admissions@meuse-formation.example.be"),
        date="2026-08-27 15:00",
        subject="Votre demande d'admission – Bachelier Assistant de direction (horaire décalé)",
        text="""Madame,

Nous avons bien examiné votre demande d'admission en première année du bachelier Assistant \
de direction, en horaire décalé, pour l'année académique 2026-2027.

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à \
votre demande : le nombre de places disponibles en horaire décalé est limité à 30 et toutes \
ont été attribuées selon l'ordre d'arrivée des dossiers complets.

Votre dossier est conservé sur liste d'attente. Nous vous contacterons si une place se \
libère avant le 30 septembre.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service des admissions
Institut Meuse Formation – Liège
""",
        html=outlook_html(paras("""Madame,

Nous avons bien examiné votre demande d'admission en première année du bachelier Assistant \
de direction, en horaire décalé, pour l'année académique 2026-2027.

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à \
votre demande : le nombre de places disponibles en horaire décalé est limité à 30 et toutes \
ont été attribuées selon l'ordre d'arrivée des dossiers complets.

Votre dossier est conservé sur liste d'attente. Nous vous contacterons si une place se \
libère avant le 30 septembre.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service des admissions
Institut Meuse Formation – Liège"""), "fr"),
    ),
    dict(
        id="thamesbridge_refusal", kind="other", slug="evening_course_place_not_offered",
        lang="en", frm=("Thamesbridge College Admissions", "admissions@thamesbridge.example.ac.uk"),
        date="2026-07-30 11:20", tz="UK",
        subject="Your application: CIPD Level 3 Certificate in People Practice (evening)",
        text="""Dear Élodie,

Thank you for applying for the CIPD Level 3 Certificate in People Practice (online evening \
cohort, starting September 2026).

We received many more applications than there are places on this cohort, and I am sorry to \
tell you that we are unable to offer you a place on this occasion. This decision is based \
only on the order in which complete applications were received.

You are welcome to apply for the January 2027 cohort; applications open on 1 October.

Yours sincerely,

Admissions Office
Thamesbridge College
""",
    ),
    dict(
        id="reference_request", kind="other", slug="former_colleague_asks_reference", lang="fr",
        frm=("Lina Haddad", "lina.haddad@example.be"), date="2026-05-20 20:20",
        subject="Petit service : tu veux bien être ma référence ?",
        text="""Salut Élodie,

J'espère que tu vas bien et que ta recherche avance ! De mon côté, j'ai un deuxième entretien \
vendredi pour un poste de réceptionniste à la Commission, et ils demandent deux références.

Est-ce que je peux donner ton nom et ton numéro ? On a travaillé ensemble au centre d'affaires \
pendant deux ans, tu es la mieux placée pour parler de moi. Ils t'appelleront peut-être la \
semaine prochaine.

Merci mille fois,
Lina
""",
    ),
]

MESSAGES = [*OWN, *DIGESTS, *REQUESTS]
