"""Corpus 209, hand-written: 52 messages of kind `other` (digests, advice, notifications,
other senses of interview/position/appointment, course refusals, auto-replies and the
candidate's own mail)."""

from msgs209_common import CAND, ME, digest, fwd, link_list, p2h, page, q, wrote


def list_headers(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsubscribe}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


EMPLOIMEUSE_ITEMS = [
    ("Archiviste – gestionnaire de fonds (H/F) – Liège", "Centre public d'action sociale · CDD 12 mois · Publiée il y a 2 jours", "https://emploimeuse.example.be/o/88213?utm_source=alerte"),
    ("Records manager – Bruxelles", "Assureur · CDI · Télétravail partiel · Publiée hier", "https://emploimeuse.example.be/o/88190?utm_source=alerte"),
    ("Documentaliste (mi-temps) – Namur", "Association culturelle · CDI · Publiée il y a 3 jours", "https://emploimeuse.example.be/o/88177?utm_source=alerte"),
    ("Conseil : 5 questions qu'on vous posera en entretien d'archiviste", "Le blog EmploiMeuse", "https://emploimeuse.example.be/blog/entretien-archiviste"),
]

MAASJOBS_ITEMS = [
    ("Collection Registrar - Maastricht", "Museum · 32-36 h · posted 1 day ago", "https://maasjobs.example.nl/v/55120"),
    ("Information Manager (EN/NL) - Heerlen", "Public sector · permanent · posted 4 days ago", "https://maasjobs.example.nl/v/55101"),
    ("Research Data Officer - Maastricht", "University · 2-year contract · posted 5 days ago", "https://maasjobs.example.nl/v/55088"),
    ("Library Assistant, weekend shifts - Sittard", "Public library · 12 h · posted 6 days ago", "https://maasjobs.example.nl/v/55071"),
]

DREILAENDER_ITEMS = [
    ("Archivar/in (m/w/d) – Aachen", "Stadtverwaltung · unbefristet · E 9b", "https://jobs-dreilaendereck.example.de/s/2231"),
    ("Dokumentationsassistenz (m/w/d) – Eupen", "Krankenhaus · Teilzeit 30 Std.", "https://jobs-dreilaendereck.example.de/s/2226"),
    ("Fachangestellte/r für Medien- und Informationsdienste – Düren", "Stadtbibliothek · befristet", "https://jobs-dreilaendereck.example.de/s/2219"),
]

EMPLEOCULTURA_ITEMS = [
    ("Archivero/a para fondo empresarial – Madrid", "Fundación privada · Jornada completa · Hace 2 días", "https://empleocultura.example.es/oferta/7781"),
    ("Documentalista audiovisual – Pozuelo de Alarcón", "Productora · Contrato de obra · Hace 3 días", "https://empleocultura.example.es/oferta/7764"),
    ("Técnico/a de biblioteca universitaria – Alcalá de Henares", "Universidad · Interinidad · Hace 5 días", "https://empleocultura.example.es/oferta/7752"),
    ("Cómo contar un rechazo en tu siguiente entrevista", "Blog de EmpleoCultura", "https://empleocultura.example.es/blog/rechazo-entrevista"),
]

FORWARDED_POSTING = dict(
    kind="other", slug="inner_posting", _mid="<20260707081502.77ab@jobs.opale.example.fr>",
    frm=("Opale Archives – Offres", "offres@opale-archives.example.fr"),
    to=[("Léa Fontaine", "lea.fontaine@example.fr")],
    subject="Nouvelle offre : Archiviste itinérant(e) – Lille Métropole",
    date="2026-07-07T08:15:02+02:00",
    text="""Bonjour Léa,

Une nouvelle offre correspond à votre alerte « archives Nord » :

Archiviste itinérant(e) – Lille Métropole
Cabinet Opale Archives · CDI · déplacements chez les communes clientes
Missions : tri, classement, éliminations réglementaires, formation des agents.
Candidater avant le 31 juillet : https://opale-archives.example.fr/offres/itinerant

L'équipe Opale Archives
""",
)

OTHER = [
    # ======================= the candidate's own mail (always other) =======================
    dict(
        kind="other", slug="own_thank_you_after_panel", id="vesdre_thanks", parent="vesdre_move",
        lang="fr", company="", contact="",
        frm=ME, to=[("Claire Dumoulin", "claire.dumoulin@univ-vesdre.example.be")],
        subject="Merci pour l'entretien – Gestionnaire de l'information (réf. ADM-2026-014)",
        date="2026-03-05T18:42:00+01:00",
        text="""Madame Dumoulin,

Je tenais à vous remercier, ainsi que les membres du jury, pour l'entretien de mardi. La présentation du futur plan de classement des archives facultaires m'a beaucoup intéressée et je suis d'autant plus motivée par ce poste.

Je reste à votre disposition si vous souhaitez des informations complémentaires.

Bien cordialement,
Ines Okoro-Vandenberghe
""",
    ),
    dict(
        kind="other", slug="own_application_with_cv_pdf", id="lainiere_app",
        lang="fr", company="", contact="",
        frm=ME, to=[("Fondation Lainière de Verviers", "info@fondation-lainiere.example.be")],
        cc=[("Paul Hennen", "paul.hennen@fondation-lainiere.example.be")],
        subject="Candidature – archiviste (mi-temps) – Ines Okoro-Vandenberghe",
        date="2026-05-22T17:20:00+02:00",
        text="""Monsieur Hennen,

Je vous adresse ma candidature pour le poste d'archiviste à mi-temps publié sur le site de la Fondation. Vous trouverez mon CV en annexe.

Bibliothécaire depuis six ans à Liège, je termine un certificat en gestion de l'information et des archives. L'inventaire des fonds textiles verviétois m'attire particulièrement : ma grand-mère a travaillé à la filature de Dison.

Je serais heureuse de vous rencontrer pour en parler.

Bien à vous,
Ines Okoro-Vandenberghe
0478 12 34 56
""",
        attachments=[dict(type="pdf", name="CV_Ines_Okoro-Vandenberghe.pdf", lines=[
            "Ines Okoro-Vandenberghe - Liege - ines.ov@example.be",
            "Bibliothecaire-documentaliste, 2020-2026",
            "Certificat interuniversitaire en gestion de l'information et des archives (2026)",
            "Langues : francais, anglais, neerlandais (B2), allemand (B1), espagnol (B2)",
        ])],
    ),
    dict(
        kind="other", slug="own_followup_asks_interview_date", id="namursambre_followup",
        lang="fr", company="", contact="",
        frm=ME, to=[("Anne Collard", "anne.collard@biblio-namursambre.example.be")],
        subject="Suivi de ma candidature – bibliothécaire-gestionnaire de données",
        date="2026-08-10T09:14:00+02:00",
        text="""Bonjour Madame Collard,

J'ai postulé le 22 juin au poste de bibliothécaire-gestionnaire de données. Pourriez-vous me dire si les entretiens ont déjà été planifiés, et à quelle date je pourrais éventuellement être conviée ?

Merci d'avance,
Ines Okoro-Vandenberghe
""",
    ),
    dict(
        kind="other", slug="own_reschedule_request", id="eudas_ask", parent="eudas_screen",
        lang="en", company="", contact="",
        frm=ME, to=[("Maren Lindqvist", "maren.lindqvist@eudas.example.eu")],
        subject="Phone screen - could we move it?",
        date="2026-03-11T15:05:00+01:00",
        text="""Dear Maren,

Thank you for the invitation. Unfortunately I'm on the public desk on Thursday morning and can't leave. Could we move the call to Friday afternoon?

Best regards,
Ines

""" + wrote("en", "Tue, 10 Mar 2026 at 10:22", "Maren Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io") + "\n" + q("""I'd like to set up a 20-minute phone screen to go through the role and the selection steps. Would Thursday 12 March at 10:00 (Brussels time) work for you?"""),
    ),
    dict(
        kind="other", slug="own_apology_missed_teams", id="mrri_sorry", parent="mrri_missed",
        lang="en", company="", contact="",
        frm=ME, to=[("Femke Janssen", "femke.janssen@mrri.example.nl")],
        subject="Apologies for missing our call this morning",
        date="2026-02-12T11:47:00+01:00",
        text="""Dear Femke,

I'm so sorry - I only saw your message now. My train from Liège was stuck without signal and I couldn't join the Teams call at 10:00. Would it be possible to find another slot for the interview? I'm free any afternoon next week.

Best regards,
Ines
""",
    ),
    dict(
        kind="other", slug="own_apology_german", id="kp_sorry", parent="kp_missed",
        lang="de", company="", contact="",
        frm=ME, to=[("Katrin Brandt", "katrin.brandt@kaiserpfalz-versicherung.example.de")],
        subject="Entschuldigung – Gespräch heute um 10 Uhr",
        date="2026-04-22T13:02:00+02:00",
        text="""Sehr geehrte Frau Brandt,

es tut mir sehr leid: Mein Laptop hat sich heute Morgen ein Update installiert, und ich konnte der Besprechung um 10 Uhr nicht beitreten. Gäbe es die Möglichkeit eines neuen Termins?

Mit freundlichen Grüßen
Ines Okoro-Vandenberghe
""",
    ),
    dict(
        kind="other", slug="own_thank_you_spanish", id="sierra_thanks",
        lang="es", company="", contact="",
        frm=ME, to=[("Pedro Lozano Gil", "pedro.lozano@archivossierra.example.es")],
        subject="Agradecimiento por la entrevista",
        date="2026-09-21T20:10:00+02:00",
        text="""Estimado Sr. Lozano:

Quería agradecerle la entrevista de esta mañana y la visita al depósito. ¿Sabe usted cuándo se conocerá la decisión?

Un saludo,
Ines Okoro-Vandenberghe
""",
    ),

    # ================================ digests and newsletters ================================
    dict(
        kind="other", slug="emploimeuse_job_alert_digest",
        lang="fr", company="", contact="",
        frm=("EmploiMeuse – Alertes", "alertes@emploimeuse.example.be"),
        subject="3 nouvelles offres pour « archiviste » autour de Liège",
        date="2026-02-24T06:00:00+01:00",
        headers=list_headers("<alertes.emploimeuse.example.be>", "https://emploimeuse.example.be/desinscription?u=ines.ov"),
        text="""Bonjour Ines,

Voici les nouvelles offres correspondant à votre alerte « archiviste » (rayon 50 km autour de Liège).

""" + link_list(EMPLOIMEUSE_ITEMS) + """

Vous n'avez pas été retenue pour un poste ? Ne vous découragez pas : la plupart des candidats essuient plusieurs refus avant un entretien.

Gérer mes alertes : https://emploimeuse.example.be/alertes
Se désinscrire : https://emploimeuse.example.be/desinscription?u=ines.ov
""",
        html=digest("EmploiMeuse – vos nouvelles offres", "#0f766e",
                    "<p>Bonjour Ines,</p><p>Voici les nouvelles offres correspondant à votre alerte « archiviste » (rayon 50 km autour de Liège).</p>",
                    EMPLOIMEUSE_ITEMS,
                    """<p>Vous n'avez pas été retenue pour un poste ? Ne vous découragez pas : la plupart des candidats essuient plusieurs refus avant un entretien.</p>
<p><a href="https://emploimeuse.example.be/alertes">Gérer mes alertes</a> · <a href="https://emploimeuse.example.be/desinscription?u=ines.ov">Se désinscrire</a> · <a href="https://emploimeuse.example.be/confidentialite">Confidentialité</a></p>""", "fr"),
    ),
    dict(
        kind="other", slug="awmi_association_newsletter",
        lang="fr", company="", contact="",
        frm=("AWMI – Association wallonne des métiers de l'information", "lettre@awmi.example.be"),
        subject="La Lettre de l'AWMI – mars 2026",
        date="2026-03-02T08:30:00+01:00",
        headers=list_headers("La Lettre de l'AWMI <lettre.awmi.example.be>", "mailto:lettre-desinscription@awmi.example.be"),
        html=page("""<h2>La Lettre de l'AWMI – mars 2026</h2>
<h3>Interview : « Passer de la bibliothèque aux archives, c'est changer de regard sur le document »</h3>
<p>Ce mois-ci, nous avons rencontré Delphine, ancienne bibliothécaire devenue records manager dans une intercommunale. Elle raconte ses six mois de recherche d'emploi, les candidatures restées sans réponse et l'entretien qui a tout changé. <a href="https://awmi.example.be/lettre/2026-03/interview-delphine">Lire l'interview</a></p>
<h3>Agenda</h3>
<ul>
<li>19 mars – Atelier « Rédiger un tableau de gestion » (Namur) – <a href="https://awmi.example.be/agenda/tableau-gestion">inscription</a></li>
<li>2 avril – Afterwork des jeunes professionnels (Liège) – <a href="https://awmi.example.be/agenda/afterwork">inscription</a></li>
<li>23 avril – Journée d'étude « IA et archives » (Bruxelles) – <a href="https://awmi.example.be/agenda/ia-archives">programme</a></li>
</ul>
<h3>Offres d'emploi relayées</h3>
<p>Sept offres ont été publiées ce mois-ci sur notre <a href="https://awmi.example.be/emploi">bourse d'emploi</a>, dont deux postes d'archiviste communal.</p>
<hr>
<p style="font-size:11px;color:#666">Vous recevez cette lettre en tant que membre de l'AWMI. <a href="mailto:lettre-desinscription@awmi.example.be">Se désabonner</a></p>""", "fr", "La Lettre de l'AWMI"),
    ),
    dict(
        kind="other", slug="career_blog_public_sector_interview",
        lang="fr", company="", contact="",
        frm=("Carrières publiques – le blog", "newsletter@carrieres-publiques.example.be"),
        subject="Entretien dans la fonction publique : les 7 erreurs qui coûtent cher",
        date="2026-04-16T07:00:00+02:00",
        headers=list_headers("<hebdo.carrieres-publiques.example.be>", "https://carrieres-publiques.example.be/u/ines"),
        text="""L'HEBDO DES CARRIÈRES PUBLIQUES

Entretien dans la fonction publique : les 7 erreurs qui coûtent cher

Vous avez réussi l'épreuve écrite et êtes convoquée devant le jury ? Félicitations ! Voici les erreurs que les jurys de sélection citent le plus souvent :

1. Ne pas connaître les missions de l'institution.
2. Réciter son CV au lieu de répondre à la question posée.
3. Négliger la mise en situation : le jury évalue autant la démarche que la solution.
4. Oublier la dimension « service au citoyen ».
5. Dépasser le temps de présentation.
6. Ne poser aucune question en fin d'entretien.
7. Se décourager après un refus : une sélection ratée donne souvent accès à la réserve de recrutement.

Lire l'article complet : https://carrieres-publiques.example.be/blog/7-erreurs-entretien

Vous recevez cet hebdo car vous y êtes abonnée. Se désabonner : https://carrieres-publiques.example.be/u/ines
""",
    ),
    dict(
        kind="other", slug="maasjobs_weekly_alert",
        lang="en", company="", contact="",
        frm=("MaasJobs", "alerts@maasjobs.example.nl"),
        subject="Your weekly MaasJobs: 4 new jobs for 'records OR archive OR library'",
        date="2026-04-06T05:30:00+02:00",
        headers=list_headers("<weekly.maasjobs.example.nl>", "https://maasjobs.example.nl/unsubscribe/9f21"),
        text="""Hi Ines,

Here are this week's new vacancies matching your saved search.

""" + link_list(MAASJOBS_ITEMS) + """

Tip of the week: got an interview invitation? Research the organisation's annual report - panels notice.

Manage alerts: https://maasjobs.example.nl/alerts
Unsubscribe: https://maasjobs.example.nl/unsubscribe/9f21
""",
        html=digest("MaasJobs weekly", "#ea580c",
                    "<p>Hi Ines,</p><p>Here are this week's new vacancies matching your saved search.</p>",
                    MAASJOBS_ITEMS,
                    """<p>Tip of the week: got an interview invitation? Research the organisation's annual report - panels notice.</p>
<p><a href="https://maasjobs.example.nl/alerts">Manage alerts</a> · <a href="https://maasjobs.example.nl/unsubscribe/9f21">Unsubscribe</a></p>""", "en"),
    ),
    dict(
        kind="other", slug="career_advice_why_rejected",
        lang="en", company="", contact="",
        frm=("The Shortlist by Careerwise", "newsletter@careerwise.example.com"),
        subject="7 reasons your application was rejected (and what to do next)",
        date="2026-05-14T12:00:00+00:00",
        headers=list_headers("The Shortlist <shortlist.careerwise.example.com>", "https://careerwise.example.com/unsub?e=ines.ov"),
        html=page("""<h1 style="font-size:22px">7 reasons your application was rejected (and what to do next)</h1>
<p>You polished your CV, wrote a thoughtful cover letter - and got the dreaded "we regret to inform you" email. Or worse, nothing at all. Here's what's usually going on behind the scenes.</p>
<ol>
<li><b>The role was filled internally.</b> Many vacancies are advertised for compliance reasons only.</li>
<li><b>The ATS never showed you to a human.</b> Mirror the job ad's keywords.</li>
<li><b>Your experience was "too close" - or "too far".</b> Frame transferable skills explicitly.</li>
<li><b>The budget disappeared.</b> Roles put on hold are more common than you think.</li>
<li><b>You applied on day 29.</b> Early applications get more attention.</li>
<li><b>The interview went well - just not best.</b> Ask for feedback; many recruiters will give it.</li>
<li><b>Timing.</b> Sometimes it really isn't you.</li>
</ol>
<p><a href="https://careerwise.example.com/articles/why-rejected">Read the full article</a> · <a href="https://careerwise.example.com/podcast">Listen to the podcast version</a></p>
<hr><p style="font-size:11px;color:#888">You're receiving The Shortlist because you signed up at careerwise.example.com. <a href="https://careerwise.example.com/unsub?e=ines.ov">Unsubscribe</a></p>""", "en", "The Shortlist"),
    ),
    dict(
        kind="other", slug="dreilaendereck_job_alert",
        lang="de", company="", contact="",
        frm=("Jobbörse Dreiländereck", "jobagent@jobs-dreilaendereck.example.de"), name_enc=("utf-8", "B"),
        subject="Ihr Jobagent: 3 neue Stellen für „Archiv“", subj_enc=("utf-8", "Q"),
        date="2026-06-01T06:10:00+02:00",
        headers=list_headers("<jobagent.jobs-dreilaendereck.example.de>", "https://jobs-dreilaendereck.example.de/abmelden?id=ines"),
        text="""Guten Tag,

Ihr Jobagent hat neue Stellenangebote für Sie gefunden:

""" + link_list(DREILAENDER_ITEMS) + """

Übrigens: Eine Absage ist kein Urteil über Sie. In unserem Ratgeber lesen Sie, wie Sie sich auf das nächste Vorstellungsgespräch vorbereiten: https://jobs-dreilaendereck.example.de/ratgeber

Jobagent bearbeiten oder abmelden: https://jobs-dreilaendereck.example.de/abmelden?id=ines
""",
        html=digest("Jobbörse Dreiländereck – Ihr Jobagent", "#1d4ed8",
                    "<p>Guten Tag,</p><p>Ihr Jobagent hat neue Stellenangebote für Sie gefunden:</p>",
                    DREILAENDER_ITEMS,
                    """<p>Übrigens: Eine Absage ist kein Urteil über Sie. <a href="https://jobs-dreilaendereck.example.de/ratgeber">Ratgeber Vorstellungsgespräch</a></p>
<p><a href="https://jobs-dreilaendereck.example.de/abmelden?id=ines">Jobagent bearbeiten oder abmelden</a> · <a href="https://jobs-dreilaendereck.example.de/impressum">Impressum</a></p>""", "de"),
    ),
    dict(
        kind="other", slug="empleocultura_digest",
        lang="es", company="", contact="",
        frm=("EmpleoCultura", "boletin@empleocultura.example.es"),
        subject="Nuevas ofertas de archivo y documentación en Madrid",
        date="2026-07-20T07:45:00+02:00",
        headers=list_headers("<boletin.empleocultura.example.es>", "https://empleocultura.example.es/baja?u=7781"),
        html=digest("EmpleoCultura · Tu boletín semanal", "#b91c1c",
                    "<p>Hola, Ines:</p><p>Estas son las ofertas de la semana que coinciden con tus preferencias (archivo, documentación, Madrid).</p>",
                    EMPLEOCULTURA_ITEMS,
                    """<p>¿Te han rechazado en una entrevista? En el blog te contamos cómo pedir feedback sin perder las formas.</p>
<p><a href="https://empleocultura.example.es/preferencias">Mis preferencias</a> · <a href="https://empleocultura.example.es/baja?u=7781">Darme de baja</a></p>""", "es"),
    ),
    dict(
        kind="other", slug="spanish_newsletter_interview_questions",
        lang="es", company="", contact="",
        frm=("Orienta Empleo", "newsletter@orientaempleo.example.es"),
        subject="Las 10 preguntas más frecuentes en una entrevista de trabajo",
        date="2026-09-03T10:00:00+02:00", cte="base64",
        headers=list_headers("<newsletter.orientaempleo.example.es>", "https://orientaempleo.example.es/baja/ines"),
        text="""ORIENTA EMPLEO · Newsletter n.º 112

Las 10 preguntas más frecuentes en una entrevista de trabajo

1. Háblame de ti.
2. ¿Por qué quieres trabajar con nosotros?
3. ¿Cuál es tu mayor debilidad?
4. Cuéntame un conflicto que hayas resuelto.
5. ¿Dónde te ves dentro de cinco años?
6. ¿Por qué dejas tu empleo actual?
7. ¿Qué sabes de nuestra empresa?
8. ¿Cuáles son tus expectativas salariales?
9. ¿Cuándo podrías incorporarte?
10. ¿Tienes alguna pregunta?

Y si no te seleccionan, recuerda: cada entrevista es un ensayo para la siguiente.

Leer el artículo completo: https://orientaempleo.example.es/blog/10-preguntas
Darse de baja: https://orientaempleo.example.es/baja/ines
""",
    ),
    dict(
        kind="other", slug="webinar_panel_interview",
        lang="en", company="", contact="",
        frm=("Careerwise Events", "events-noreply@careerwise.example.com"),
        subject="Live webinar: Mastering the panel interview (Thu 18 June, 12:30 CEST)",
        date="2026-06-09T09:00:00+00:00",
        headers=list_headers("<events.careerwise.example.com>", "https://careerwise.example.com/unsub?e=ines.ov&l=events"),
        text="""Hi Ines,

Panel interviews can feel like an interrogation. In this free 45-minute webinar, a former EU selection board member and a hospital HR lead share how panels score answers, how to handle a hostile question, and what to do when you're told "we'll be in touch".

When: Thursday 18 June, 12:30-13:15 CEST
Register: https://careerwise.example.com/webinars/panel-interview

Can't make it live? Register anyway and we'll send you the recording.

The Careerwise team

Unsubscribe from event emails: https://careerwise.example.com/unsub?e=ines.ov&l=events
""",
    ),
    dict(
        kind="other", slug="interview_reviews_digest",
        lang="en", company="", contact="",
        frm=("Workplace Insider", "digest@workplaceinsider.example.com"),
        subject="New interview reviews for companies you follow",
        date="2026-08-26T16:20:00+00:00",
        headers=list_headers("<follow.workplaceinsider.example.com>", "https://workplaceinsider.example.com/settings/email"),
        html=page("""<p>Hi Ines,</p>
<p>People shared new interview experiences at companies you follow:</p>
<table cellpadding="8">
<tr><td><b>Lyskamm Re</b> - Records Analyst<br>"Two rounds, the second with a case study. Got rejected after three weeks of silence." <br><a href="https://workplaceinsider.example.com/interviews/lyskamm-re/1182">Read review</a></td></tr>
<tr><td><b>Norrow</b> - Support Specialist<br>"Friendly recruiter, fast process, offer within 10 days." <br><a href="https://workplaceinsider.example.com/interviews/norrow/441">Read review</a></td></tr>
<tr><td><b>EU Agency for Data Stewardship</b> - Contract Agent FG IV<br>"Written test then panel interview. Very structured." <br><a href="https://workplaceinsider.example.com/interviews/eudas/97">Read review</a></td></tr>
</table>
<p><a href="https://workplaceinsider.example.com/following">Manage companies you follow</a> · <a href="https://workplaceinsider.example.com/settings/email">Email settings</a></p>""", "en", "Interview reviews"),
    ),

    # ================================ network notifications ================================
    dict(
        kind="other", slug="prolink_congratulate_new_position",
        lang="fr", company="", contact="",
        frm=("Prolink", "notifications@prolink.example.com"),
        subject="Félicitez Julie Marchal pour son nouveau poste",
        date="2026-05-02T10:15:00+00:00",
        headers=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://prolink.example.com/e/unsub?t=fr-pos>")],
        html=page("""<p>Ines, une personne de votre réseau a une nouvelle à partager.</p>
<table cellpadding="10"><tr><td style="border:1px solid #ddd;border-radius:6px">
<b>Julie Marchal</b> a commencé un nouveau poste : <b>Responsable des archives</b> chez Intercommunale Meuse-Vesdre.<br>
<a href="https://prolink.example.com/feed/update/julie-marchal-pos">Dire félicitations</a>
</td></tr></table>
<p style="font-size:12px;color:#666">Vous recevez ces notifications parce que vous êtes en relation avec Julie Marchal. <a href="https://prolink.example.com/e/unsub?t=fr-pos">Se désabonner</a></p>""", "fr", "Prolink"),
    ),
    dict(
        kind="other", slug="prolink_search_appearances",
        lang="en", company="", contact="",
        frm=("Prolink", "notifications@prolink.example.com"),
        subject="You appeared in 14 searches this week",
        date="2026-06-22T07:02:00+00:00",
        headers=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://prolink.example.com/e/unsub?t=en-search>")],
        text="""Ines, you appeared in 14 searches this week.

Searchers were from: Kirchberg Fund Services, Maasland Medical Centre and a recruiting firm.
Top keywords: "records manager", "archivist", "metadata".

See who's been looking: https://prolink.example.com/me/search-appearances

Try Prolink Premium free for a month to see all 14 searchers.

Unsubscribe: https://prolink.example.com/e/unsub?t=en-search
""",
    ),
    dict(
        kind="other", slug="prolink_inmail_preview",
        lang="en", company="", contact="",
        frm=("Bram Wouters via Prolink", "messages-noreply@prolink.example.com"),
        subject="Bram sent you a new message",
        date="2026-08-03T14:40:00+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bram Wouters
Talent Sourcer at Hoogland Partners

"Hi Ines, I came across your profile and was impressed by your multilingual background. I work with several organisations in the Benelux on information management hires and would love to connect..."

View message: https://prolink.example.com/messaging/thread/2-bram-ines

You're receiving InMail notifications. Change settings: https://prolink.example.com/settings/messages
""",
    ),

    # ================================ interviews in another sense ================================
    dict(
        kind="other", slug="podcast_interview_request",
        lang="en", company="", contact="sam@archivesunboxed.example.org",
        frm=("Sam Okafor", "sam@archivesunboxed.example.org"),
        subject="Interview request - Archives Unboxed podcast",
        date="2026-03-19T20:11:00+00:00",
        text="""Hi Ines,

I host Archives Unboxed, a small podcast about people who look after records (about 3,000 listeners, mostly students and early-career archivists).

I heard your talk at the Liège library day about running a community scanning session, and I'd love to have you on for an interview - 40 minutes, recorded remotely, at a time that suits you in April. No preparation needed beyond a good microphone, which I can post to you.

Would you be up for it?

Cheers,
Sam Okafor
Host & producer, Archives Unboxed
https://archivesunboxed.example.org
""",
    ),
    dict(
        kind="other", slug="press_interview_request_gazette",
        lang="fr", company="", contact="m.rensonnet@gazette-ourthe.example.be",
        frm=("Mathilde Rensonnet", "m.rensonnet@gazette-ourthe.example.be"),
        subject="Demande d'interview – projet « Mémoires de quartier »",
        date="2026-04-07T11:30:00+02:00",
        text="""Bonjour Madame Okoro-Vandenberghe,

Je suis journaliste à La Gazette de l'Ourthe. Nous préparons un article sur le projet « Mémoires de quartier » que vous coordonnez à la bibliothèque, où les habitants viennent faire numériser leurs photos de famille.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes cette semaine, par téléphone ou sur place ? Un photographe pourrait passer lors de la prochaine séance de numérisation, samedi.

Merci d'avance et belle journée,

Mathilde Rensonnet
Journaliste – La Gazette de l'Ourthe
0496 70 18 22
""",
    ),
    dict(
        kind="other", slug="user_research_interview_shelfwise",
        lang="en", company="", contact="",
        frm=("Shelfwise Research", "research-noreply@shelfwise.example.com"),
        subject="Join a 30-minute research interview - get a €25 voucher",
        date="2026-05-27T13:00:00+00:00",
        text="""Hi Ines,

You've been using Shelfwise to manage your reading lists for a while now - thank you!

We're redesigning how collections are shared and we'd love to hear from librarians like you. Would you join a 30-minute video interview with our product designer? There are no right or wrong answers; we just want to understand how you work.

As a thank-you, you'll receive a €25 book voucher.

Pick a time: https://shelfwise.example.com/research/book?c=lib-2026

The Shelfwise Research team
Shelfwise · Keizersgracht 200, Amsterdam
Don't want research invitations? https://shelfwise.example.com/preferences
""",
    ),
    dict(
        kind="other", slug="user_research_bank_app_fr",
        lang="fr", company="", contact="",
        frm=("Kroll, votre néobanque", "no-reply@kroll-bank.example.be"),
        subject="Donnez votre avis : entretien utilisateur rémunéré (45 min)",
        date="2026-07-21T08:30:00+02:00",
        headers=[("List-Unsubscribe", "<https://kroll-bank.example.be/preferences>")],
        html=page(p2h("""Bonjour Ines,

Nous améliorons la gestion des justificatifs dans l'application Kroll et cherchons des client·es prêt·es à partager leur expérience lors d'un entretien utilisateur de 45 minutes en visioconférence.

Aucune compétence technique n'est requise. Votre participation sera récompensée par un bon d'achat de 40 €.

Je choisis un créneau : https://kroll-bank.example.be/recherche-utilisateur

L'équipe Design de Kroll""") + '\n<p style="font-size:11px;color:#777">Kroll est une marque de services bancaires. Vous recevez cet e-mail car vous avez accepté d\'être contacté·e pour des études. <a href="https://kroll-bank.example.be/preferences">Préférences</a></p>', "fr", "Kroll"),
    ),
    dict(
        kind="other", slug="language_school_oral_level_test",
        lang="es", company="", contact="secretaria@tertulia-lieja.example.be",
        frm=("Academia Tertulia Lieja", "secretaria@tertulia-lieja.example.be"),
        subject="Tu prueba de nivel oral es el jueves",
        date="2026-09-07T17:30:00+02:00",
        text="""Hola, Ines:

Te recordamos que la entrevista oral de la prueba de nivel para el curso C1 de español será el jueves 10 de septiembre a las 18:15 en nuestra aula 2 (rue Saint-Gilles 58, Lieja). Dura unos quince minutos: hablaremos de tus intereses y de tu experiencia con el idioma.

Si no puedes venir, escríbenos y te asignamos otra hora.

¡Hasta el jueves!
Secretaría · Academia Tertulia Lieja
""",
    ),

    # ================================ position / package ================================
    dict(
        kind="other", slug="parcel_delayed_unfortunately_fr",
        lang="fr", company="", contact="",
        frm=("ColiMeuse", "suivi@colimeuse.example.be"),
        subject="Votre colis est malheureusement retardé",
        date="2026-03-26T15:12:00+01:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour,

Malheureusement, votre colis n° CM 4481 2290 77 BE n'a pas pu être livré aujourd'hui en raison d'un incident au centre de tri de Courcelles.

Nouvelle date de livraison estimée : samedi 28 mars.
Position actuelle : centre de tri de Courcelles.

Suivre mon colis : https://colimeuse.example.be/suivi/CM448122907BE

Nous vous prions de nous excuser pour ce retard.
ColiMeuse – Service clients
""",
    ),
    dict(
        kind="other", slug="paket_verspaetung_de",
        lang="de", company="", contact="",
        frm=("Rheinpaket Sendungsverfolgung", "noreply@rheinpaket.example.de"),
        subject="Ihre Sendung verspätet sich leider",
        date="2026-10-02T19:45:00+02:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=page(p2h("""Hallo Ines Okoro-Vandenberghe,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2286 19 um voraussichtlich einen Werktag. Grund: erhöhtes Sendungsaufkommen im Paketzentrum Aachen-Eilendorf.

Aktuelle Position: Paketzentrum Aachen-Eilendorf
Neue voraussichtliche Zustellung: Montag, 5. Oktober

Sendung verfolgen: https://rheinpaket.example.de/verfolgung/003404471228619

Wir bitten um Ihr Verständnis.
Ihr Rheinpaket-Team"""), "de", "Sendungsverfolgung"),
    ),
    dict(
        kind="other", slug="gps_position_shared",
        lang="en", company="", contact="",
        frm=("TrailBeacon", "alerts@trailbeacon.example.com"),
        subject="Ines shared her live position with you",
        date="2026-08-15T09:22:00+00:00",
        to=[("Ines Okoro-Vandenberghe", CAND)],
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Live position update

Device: Ines's watch
Position: 50.4101 N, 5.9312 E (Hautes Fagnes, near Signal de Botrange)
Elevation: 672 m
Last update: 11:21 CEST

Follow on the map: https://trailbeacon.example.com/live/ines-ov-7f3

This is a copy of the share you sent to your emergency contacts. Stop sharing at any time in the TrailBeacon app.
""",
    ),

    # ================================ friends and colleagues ================================
    dict(
        kind="other", slug="friend_tells_own_rejection",
        lang="fr", company="", contact="sophie.lambotte@example.be",
        frm=("Sophie Lambotte", "sophie.lambotte@example.be"),
        subject="bon ben c'est non",
        date="2026-04-10T22:03:00+02:00",
        text="""Coucou Ines,

Juste pour te dire : la commune de Visé m'a répondu aujourd'hui, ils ne me prennent pas pour le poste d'archiviste. Un courrier de trois lignes, même pas signé. Après deux entretiens, je trouve ça raide.

Bref, j'ai besoin d'un verre. Samedi au Pot au Lait ? Et toi, des nouvelles de ton entretien à l'EUDAS ?

Bisous,
Sophie
""",
    ),
    dict(
        kind="other", slug="friend_spanish_own_interview_and_no",
        lang="es", company="", contact="lucia.navarro@example.es",
        frm=("Lucía Navarro", "lucia.navarro@example.es"),
        subject="Te cuento lo de la entrevista",
        date="2026-06-05T23:18:00+02:00",
        text="""¡Hola, guapa!

Al final hice la entrevista en la biblioteca de Getafe. Fueron muy majos, pero hoy me han escrito para decirme que han elegido a otra persona con más experiencia en gestión de préstamo interbibliotecario. Qué rabia, de verdad.

¿Y tú qué tal con lo de Madrid? Me dijo Raquel que estabas en un proceso con una fundación. ¡Cuéntame!

Besos,
Lucía
""",
    ),
    dict(
        kind="other", slug="colleague_internal_intern_interviews",
        lang="fr", company="", contact="olivier.dessart@bibliotheque-liege.example.be",
        frm=("Olivier Dessart", "olivier.dessart@bibliotheque-liege.example.be"),
        subject="Entretiens stagiaires jeudi – tu peux tenir l'accueil ?",
        date="2026-02-17T09:12:00+01:00",
        text="""Salut Ines,

Jeudi après-midi je fais passer les entretiens pour le stagiaire de la section jeunesse (trois candidats, 14 h – 16 h 30). Est-ce que tu pourrais me remplacer à l'accueil pendant ce temps-là ? Je te rends la pareille samedi si tu veux.

Au fait, on a dû refuser la candidature de la petite de l'athénée, elle n'avait pas encore sa convention de stage. Si tu la croises, sois gentille.

Merci !
Olivier

Olivier Dessart
Bibliothécaire – section adultes
Bibliothèque communale – rue des Croisiers 17, 4000 Liège
""",
    ),
    dict(
        kind="other", slug="friend_forwards_posting_rfc822",
        lang="fr", company="", contact="lea.fontaine@example.fr",
        frm=("Léa Fontaine", "lea.fontaine@example.fr"),
        subject="Tr: Nouvelle offre : Archiviste itinérant(e) – Lille Métropole",
        date="2026-07-07T12:40:00+02:00",
        text="""Coucou Ines,

Je suis tombée là-dessus dans mes alertes, ça m'a fait penser à toi (tu parlais de Lille !). Je te mets l'e-mail en pièce jointe. Moi je ne postule pas, trop de déplacements avec les petits.

Bises,
Léa
""",
        attachments=[dict(type="eml", name="Nouvelle offre.eml", spec=FORWARDED_POSTING)],
    ),
    dict(
        kind="other", slug="friend_forwards_posting_inline",
        lang="fr", company="", contact="gregoire.halleux@example.be",
        frm=("Grégoire Halleux", "gregoire.halleux@example.be"), name_enc=("iso-8859-1", "Q"),
        subject="Fwd: Offre d'emploi – Archiviste (Ville de Spa)",
        date="2026-08-28T08:05:00+02:00",
        text="""Salut Ines, ça vient de passer sur la liste des anciens de l'école. Regarde la date limite, c'est court !

Greg

""" + fwd("fr", "Secrétariat communal de Spa <secretariat@ville-spa.example.be>", "jeu. 27 août 2026 à 16:20", "Offre d'emploi – Archiviste (Ville de Spa)", "anciens-archivistique@lists.example.be") + """

La Ville de Spa recrute un(e) archiviste (m/f/x) – contrat à durée déterminée d'un an, temps plein.

Profil : master en histoire ou en sciences de l'information et de la documentation, connaissance de la législation sur les archives publiques.

Les candidatures (CV et lettre de motivation) sont à adresser au Collège communal pour le 7 septembre 2026. Les candidats retenus seront invités à un entretien dans la seconde quinzaine de septembre.
""",
    ),

    # ================================ bank, landlord, school, doctor, garage ================================
    dict(
        kind="other", slug="bank_advisor_appointment_ics",
        lang="fr", company="", contact="agence.guillemins@credit-mosan.example.be",
        frm=("Crédit Mosan – Agence Guillemins", "agence.guillemins@credit-mosan.example.be"),
        subject="Confirmation de votre rendez-vous avec votre conseillère",
        date="2026-02-10T10:04:00+01:00",
        text="""Madame Okoro-Vandenberghe,

Nous vous confirmons votre rendez-vous avec Mme Isabelle Nyssen, votre conseillère, le mercredi 18 février à 16 h 30 en agence, pour l'entretien annuel de votre situation financière et la simulation de votre prêt hypothécaire.

Pensez à apporter vos trois dernières fiches de paie et votre avertissement-extrait de rôle.

Une invitation est jointe pour votre agenda. Pour déplacer ce rendez-vous, appelez le 04 232 11 80.

Crédit Mosan – Agence Guillemins
rue des Guillemins 41, 4000 Liège
""",
        ics=dict(method="REQUEST", uid="cm-rdv-20260218-okoro@credit-mosan.example.be", seq=0,
                 start="2026-02-18T16:30:00+01:00", end="2026-02-18T17:30:00+01:00",
                 summary="Rendez-vous Crédit Mosan – entretien annuel", location="Agence Guillemins",
                 organizer=("Isabelle Nyssen", "isabelle.nyssen@credit-mosan.example.be"),
                 prodid="-//Credit Mosan//Agenda agences//FR"),
    ),
    dict(
        kind="other", slug="landlord_boiler_service_visit",
        lang="fr", company="", contact="jm.lhoest@example.be",
        frm=("Jean-Marie Lhoest", "jm.lhoest@example.be"),
        subject="Entretien annuel de la chaudière – passage du chauffagiste",
        date="2026-09-09T19:31:00+02:00",
        charset="iso-8859-1", cte="8bit",
        text="""Bonsoir Madame Okoro,

Le chauffagiste passera pour l'entretien annuel de la chaudière le lundi 21 septembre entre 8h et 12h. Malheureusement il ne peut pas donner d'heure plus précise.

Si vous n'êtes pas là, pourriez-vous laisser la clé chez Mme Dubois au rez-de-chaussée comme l'an dernier ? Merci de me confirmer.

Par la même occasion : le compteur d'eau doit être relevé, la position actuelle m'intéresse pour le décompte des charges. Une photo suffit.

Bonne soirée,
J.-M. Lhoest
""",
    ),
    dict(
        kind="other", slug="school_parent_teacher_meeting",
        lang="fr", company="", contact="direction@ecole-thier.example.be",
        frm=("École communale du Thier-à-Liège", "direction@ecole-thier.example.be"),
        subject="Entretiens individuels parents-enseignants – 1er trimestre",
        date="2026-10-12T13:00:00+02:00",
        text="""Chers parents,

Les entretiens individuels avec les titulaires de classe auront lieu le jeudi 22 octobre, de 15 h 30 à 19 h.

Merci de réserver votre créneau de 10 minutes via le lien ci-dessous avant le 16 octobre. Si aucun créneau ne vous convient, indiquez-le à l'enseignant(e) via le journal de classe.

Réserver : https://ecole-thier.example.be/rdv-parents

Nous rappelons que la garderie reste accessible pendant les entretiens.

La direction
École communale du Thier-à-Liège
""",
    ),
    dict(
        kind="other", slug="doctor_appointment_confirmation_de",
        lang="de", company="", contact="",
        frm=("Praxis Dr. med. Schönbach", "termine@praxis-schoenbach.example.de"), name_enc=("utf-8", "Q"),
        subject="Terminbestätigung: Montag, 12. Oktober 2026, 08:40 Uhr",
        date="2026-10-05T12:00:00+02:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Guten Tag Frau Okoro-Vandenberghe,

hiermit bestätigen wir Ihren Termin in unserer Praxis:

Montag, 12. Oktober 2026, 08:40 Uhr
Dr. med. Helga Schönbach, Fachärztin für Allgemeinmedizin
Pontstraße 120, 52062 Aachen

Bitte bringen Sie Ihre Europäische Krankenversicherungskarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens 24 Stunden vorher ab.

Ihr Praxisteam

Diese Nachricht wurde automatisch versendet.
""",
    ),
    dict(
        kind="other", slug="garage_car_service_reminder",
        lang="fr", company="", contact="",
        frm=("Garage Meuse Auto", "rappels@meuse-auto.example.be"),
        subject="Rappel : entretien de votre véhicule dans 15 jours",
        date="2026-05-18T08:00:00+02:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=page(p2h("""Bonjour Madame Okoro-Vandenberghe,

L'entretien périodique de votre Peugeot 208 (1-ABC-123) arrive à échéance : 60 000 km ou 2 ans.

Votre rendez-vous est prévu le mardi 2 juin à 8 h. Le véhicule sera disponible en fin de journée. Un véhicule de remplacement peut être mis à votre disposition sur demande.

Modifier ou annuler : https://meuse-auto.example.be/rdv

Garage Meuse Auto – quai de Rome 40, 4000 Liège"""), "fr", "Rappel"),
    ),
    dict(
        kind="other", slug="mutualite_refund_refused_as_member",
        lang="fr", company="", contact="",
        frm=("Mutualité Saint-Lambert", "mon-dossier@mutualite-stlambert.example.be"),
        subject="Votre demande d'intervention – lunettes",
        date="2026-06-24T10:40:00+02:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Chère affiliée,

Nous avons examiné votre demande d'intervention pour l'achat de lunettes du 2 juin 2026.

Malheureusement, nous ne pouvons pas y donner une suite favorable : une intervention a déjà été accordée pour des verres correcteurs il y a moins de trois ans, ce qui ne correspond pas aux conditions de notre assurance complémentaire.

Vous pouvez consulter le détail de nos avantages dans votre espace en ligne : https://mutualite-stlambert.example.be/mon-espace

Votre Mutualité Saint-Lambert
""",
    ),
    dict(
        kind="other", slug="creche_waiting_list_position",
        lang="fr", company="", contact="inscriptions@creche-coccinelles.example.be",
        frm=("Crèche Les Coccinelles", "inscriptions@creche-coccinelles.example.be"),
        subject="Liste d'attente – position de votre demande",
        date="2026-01-16T14:20:00+01:00",
        text="""Madame,

Nous vous informons de l'évolution de votre demande d'inscription pour une place à partir de septembre 2026.

Votre demande occupe actuellement la position 14 sur notre liste d'attente (elle était 21e en novembre). Nous ne pouvons malheureusement pas encore vous confirmer de place ; les attributions pour septembre seront faites fin avril.

Merci de nous signaler tout changement de vos besoins (jours, date d'entrée).

Le secrétariat des inscriptions
Crèche Les Coccinelles – rue Fond Pirette 110, 4000 Liège
""",
    ),

    # ================================ course and admission refusals ================================
    dict(
        kind="other", slug="master_admission_refused_same_university",
        lang="fr", company="", contact="inscriptions@univ-vesdre.example.be",
        frm=("Université de la Vesdre – Service des inscriptions", "inscriptions@univ-vesdre.example.be"),
        subject="Décision d'admission – Master de spécialisation en sciences de l'information",
        date="2026-07-10T11:00:00+02:00",
        text="""Madame,

Le jury d'admission du Master de spécialisation en gestion de l'information et des archives numériques (horaire décalé) a examiné votre dossier.

Nous sommes au regret de vous informer que votre demande d'admission n'a pas été acceptée pour l'année académique 2026-2027 : le nombre de places étant limité à vingt, le jury a donné priorité aux titulaires d'un master.

Vous pouvez introduire un recours interne dans les 15 jours auprès du Doyen de la Faculté de Philosophie et Lettres.

Service des inscriptions
Université de la Vesdre
""",
    ),
    dict(
        kind="other", slug="master_archivistica_no_admitida",
        lang="es", company="", contact="posgrado@ucarpetana.example.es",
        frm=("Posgrado – Universidad Carpetana", "posgrado@ucarpetana.example.es"),
        subject="Resolución de admisión – Máster en Archivística y Gestión de Documentos",
        date="2026-07-27T09:30:00+02:00",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada solicitante:

Le comunicamos que la Comisión Académica del Máster Universitario en Archivística y Gestión de Documentos ha resuelto no admitir su solicitud para el curso 2026-2027, al no alcanzar la puntuación mínima en el baremo de expedientes.

Su solicitud queda en lista de espera con el número 7. Si se produjeran vacantes, se le comunicaría antes del 15 de septiembre.

Contra esta resolución podrá interponer recurso de alzada ante el Rector en el plazo de un mes.

Oficina de Posgrado
Universidad Carpetana
""",
    ),
    dict(
        kind="other", slug="summer_school_place_not_offered",
        lang="en", company="", contact="dpss-office@preservation-school.example.org",
        frm=("Digital Preservation Summer School", "dpss-office@preservation-school.example.org"),
        subject="Your application to the Digital Preservation Summer School 2026",
        date="2026-05-08T15:00:00+00:00",
        text="""Dear Ines,

Thank you for applying to the Digital Preservation Summer School (Leuven, 6-10 July 2026).

We received over 240 applications for 35 places this year. We're sorry to tell you that we're unable to offer you a place, and the bursary you requested cannot be awarded either.

All lectures will be streamed, and recordings will be freely available on our website from August.

With best wishes,
The DPSS Organising Committee
""",
    ),
    dict(
        kind="other", slug="conference_abstract_not_accepted",
        lang="fr", company="", contact="programme@journees-archives.example.be",
        frm=("Journées des archives 2026", "programme@journees-archives.example.be"),
        subject="Journées des archives 2026 – votre proposition de communication",
        date="2026-03-31T17:20:00+02:00",
        text="""Madame,

Le comité scientifique des Journées des archives 2026 a examiné avec attention les 68 propositions de communication reçues.

Nous sommes au regret de vous annoncer que votre proposition « Des photos de famille aux archives publiques : retour sur un projet participatif » n'a pas été retenue pour le programme. Le comité vous invite toutefois à la présenter sous forme de poster lors de la séance du 22 mai.

Avec nos remerciements pour votre contribution,

Le comité scientifique
""",
    ),

    # ================================ out-of-office auto-replies ================================
    dict(
        kind="other", slug="auto_reply_recruiter_fr", parent="vauban_screen",
        lang="fr", company="", contact="aurelie.lefebvre@vauban-assurances.example.fr",
        frm=("Aurélie Lefebvre", "aurelie.lefebvre@vauban-assurances.example.fr"),
        subject="Réponse automatique : Votre candidature – un premier échange téléphonique ?",
        date="2026-04-27T16:31:00+02:00",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Bonjour,

Je suis absente du bureau le mardi 28 avril et serai de retour mercredi 29 au matin. Votre message sera traité à mon retour.

Pour toute urgence concernant un recrutement en cours, vous pouvez contacter recrutement@vauban-assurances.example.fr.

Aurélie Lefebvre
Assurances Vauban
""",
    ),
    dict(
        kind="other", slug="auto_reply_recruiter_en", parent="norrow_inv",
        lang="en", company="", contact="priya.raman@norrow.example.be",
        frm=("Priya Raman", "priya.raman@norrow.example.be"),
        subject="Automatic reply: Let's talk! Interview for Knowledge Base Curator at Norrow",
        date="2026-03-23T08:02:00+01:00",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Hi there,

Thanks for your email. I'm out of the office until Wednesday 25 March with limited access to email.

If you're a candidate with an interview scheduled this week, don't worry - it will go ahead as planned. For anything urgent, please contact jonas.verbeke@norrow.example.be.

Priya
""",
    ),
    dict(
        kind="other", slug="auto_reply_abwesenheit_de", parent="wurmtal_inv",
        lang="de", company="", contact="s.jansen@wurmtal-klinikum.example.de",
        frm=("Sabine Jansen", "s.jansen@wurmtal-klinikum.example.de"),
        subject="Abwesenheitsnotiz: Vorstellungsgespräch am 2. Juli – Medizinische Dokumentation",
        date="2026-06-23T07:30:00+02:00",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26. Juni 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Recruiting-Team unter Tel. 02406 88-1170.

Mit freundlichen Grüßen
Sabine Jansen
Wurmtal Klinikum
""",
    ),

    # ================================ cold approaches (no event) ================================
    dict(
        kind="other", slug="haldenrook_cold_approach", id="hr_cold",
        lang="fr", company="", contact="thibault.lemaire@haldenrook.example.be",
        frm=("Thibault Lemaire", "thibault.lemaire@haldenrook.example.be"),
        subject="Un poste qui pourrait vous parler",
        date="2026-07-06T10:02:00+02:00",
        text="""Bonjour Madame Okoro-Vandenberghe,

Je me permets de vous contacter car votre profil a retenu mon attention. Seriez-vous ouverte à un échange informel sur l'évolution de votre carrière vers la gestion de l'information ?

Je travaille pour Halden & Rook, un cabinet de recherche de cadres basé à Bruxelles. Nous accompagnons régulièrement des institutions financières et publiques qui structurent leur fonction « records management ». Je n'ai pas de mission précise à vous présenter aujourd'hui, mais j'aime connaître les bons profils avant d'en avoir besoin.

Si cela vous intéresse, dites-moi quand vous êtes joignable.

Bien à vous,

Thibault Lemaire
Associate Director
Halden & Rook – Executive Search
Avenue Louise 231, 1050 Bruxelles
+32 2 808 14 60
""",
    ),
    dict(
        kind="other", slug="luxembourg_recruiter_cold_en",
        lang="en", company="", contact="chloe.weber@moselle-talent.example.lu",
        frm=("Chloé Weber", "chloe.weber@moselle-talent.example.lu"), name_enc=("utf-8", "B"),
        subject="Open to a chat about information governance roles in Luxembourg?",
        date="2026-09-16T12:25:00+02:00",
        text="""Hi Ines,

I'm a recruiter at Moselle Talent in Luxembourg, specialising in compliance and operations roles in financial services.

Your mix of library experience and records management training is quite rare here, and funds and insurers keep asking me for people who can bring order to their document archives. I don't have a specific vacancy for you right now, but I'd love a 15-minute intro call to understand what you're looking for.

Would any time next week suit you?

Best,
Chloé Weber
Senior Consultant | Moselle Talent
2, Place de Paris | L-2314 Luxembourg
""",
    ),

    # ================================ misc ================================
    dict(
        kind="other", slug="candidate_survey_after_process",
        lang="fr", company="", contact="",
        frm=("Université de la Vesdre – Enquête", "enquete@univ-vesdre.example.be"),
        subject="Votre avis sur notre processus de recrutement (3 minutes)",
        date="2026-03-24T09:00:00+01:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=page(p2h("""Madame,

Vous avez récemment participé à une procédure de recrutement à l'Université de la Vesdre. Que vous ayez été retenue ou non, votre avis nous aide à améliorer l'accueil des candidats : clarté de l'offre, délais de réponse, déroulement de l'entretien.

Le questionnaire est anonyme et prend trois minutes : https://enquete.univ-vesdre.example.be/recrutement-2026

Merci d'avance !
L'Administration des ressources humaines""") + '\n<p style="font-size:11px;color:#777">Message automatique – ne pas répondre.</p>', "fr", "Enquête"),
    ),
    dict(
        kind="other", slug="workday_password_reset",
        lang="fr", company="", contact="",
        frm=("Université de la Vesdre", "univvesdre@myworkday.com"),
        subject="Réinitialisation de votre mot de passe",
        date="2026-02-03T18:31:10+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour,

Une demande de réinitialisation du mot de passe de votre compte candidat a été reçue.

Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous (valable 30 minutes) :
https://univvesdre.wd3.myworkday.com/univvesdre/login.htmld?reset=1&token=a7f3

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.

Ceci est un message automatique.
""",
    ),
    dict(
        kind="other", slug="birthday_dinner_calendar_request",
        lang="fr", company="", contact="camille.dethier@example.be",
        frm=("Camille Dethier", "camille.dethier@example.be"),
        subject="Invitation : Anniversaire de Nico 🎂 – sam. 27 juin 19:30",
        date="2026-06-12T21:15:00+02:00",
        text="""Coucou !

Je t'envoie une invitation officielle pour qu'elle soit dans ton agenda : samedi 27 juin à 19 h 30 chez nous (rue Hors-Château 60). C'est une surprise, donc pas un mot à Nico !

Dis-moi si tu viens avec quelqu'un.

Camille
""",
        ics=dict(method="REQUEST", uid="bday-nico-2026@example.be", seq=0,
                 start="2026-06-27T19:30:00+02:00", end="2026-06-27T23:59:00+02:00",
                 summary="Anniversaire surprise de Nico", location="Rue Hors-Château 60, Liège",
                 organizer=("Camille Dethier", "camille.dethier@example.be"),
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        attachments=[dict(type="ics", name="invite.ics")],
    ),
]

MESSAGES = OTHER
