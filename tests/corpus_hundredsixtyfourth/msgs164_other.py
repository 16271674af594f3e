# ruff: noqa: C408
# (each message spec is written as a dict(...) call on purpose: it reads like a form)
"""Corpus 164: the 52 `other` messages, hand-written (31 en, 7 de, 7 fr, 7 es).

Job alerts and newsletters, career advice, press/podcast/user-research interview requests,
tracking and parcel mail, a friend's own rejection, the candidate's own sent mail, a cold
approach, bank/landlord/school/doctor mail, out-of-office replies, social notifications and
refused places on courses.
"""

from __future__ import annotations

from msgs164_common import (
    CANDIDATE,
    digest_html,
    digest_text,
    forwarded,
    mso,
    outlook_html,
    paras,
    reply,
    simple_html,
)
from msgs164_invites import _sp_req, _tv_sorry
from msgs164_rejections import _hf_thanks, _rh_sorry

OTHER = "other"
ME = CANDIDATE


def _list_headers(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsub),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ====================================================================== the candidate's own mail

HF_THANKS = dict(
    id="hf_thanks", kind=OTHER, slug="own_thank_you_after_interview", lang="en",
    company="", contact="",
    frm=ME, to=("Gareth Illingworth", "gareth.illingworth@harrowgatefoods.example.co.uk"),
    cc=[("Shona Pickersgill", "shona.pickersgill@harrowgatefoods.example.co.uk")],
    subject="Thank you - Health & Safety Advisor interview",
    date="2026-02-26 19:03 +0000", reply_of="hf_move",
    text=_hf_thanks,
)

_cv_offer_quote = """Following your panel interview on 20 March, I'm delighted to offer you the position of Site Health & Safety Advisor at Calder Vale Construction, based at our Kelham Riverside project in Sheffield.

Your formal offer letter is attached. To accept, please sign and return it by Friday 3 April, or reply to this email with any questions."""

CV_ACCEPT = dict(
    id="cv_accept", kind=OTHER, slug="own_acceptance_quotes_offer", lang="en",
    company="", contact="",
    frm=ME, to=("Priya Lomax", "priya.lomax@caldervale.example.co.uk"),
    subject="Re: Your offer from Calder Vale Construction",
    date="2026-03-28 10:16 +0000", reply_of="cv_offer",
    text=reply(
        """Hi Priya,

Thank you - I'm really pleased to accept. I've signed the letter and attached a scan. I'll hand my notice in at the warehouse on Monday, which gets me to a 4 May start.

Could you let me know what I need to bring on the first day?

Best wishes,
Declan""",
        "en", "Fri, 27 Mar 2026 at 15:10", "Priya Lomax <priya.lomax@caldervale.example.co.uk>",
        _cv_offer_quote),
    pdfs=[("Offer_letter_signed_DMH.pdf", [
        "Calder Vale Construction Ltd - Offer of Employment",
        "Accepted and signed: Declan Mbeki-Hartley, 28 March 2026"])],
)

SP_REQ = dict(
    id="sp_req", kind=OTHER, slug="own_reschedule_request", lang="en",
    company="", contact="",
    frm=ME, to=("Jonas Peeters", "jonas.peeters@scheldtport.example.be"),
    subject="Interview slot - Safety Advisor Terminal 913",
    date="2026-04-21 22:10 +0100", reply_of="sp_inv",
    text=_sp_req,
)

_tv_missed_quote = """Fiona tried calling you twice at 10:00 this morning for your telephone interview and again at 10:15, but there was no answer and the voicemail was full.

If there has been a problem, please let me know by the end of tomorrow and we will see whether another time can be arranged."""

TV_SORRY = dict(
    id="tv_sorry", kind=OTHER, slug="own_apology_after_missed_call", lang="en",
    company="", contact="",
    frm=ME, to=("Gemma Laidler", "gemma.laidler@tynevalleynhs.example.uk"),
    subject="Re: Missed telephone interview - 316-EF-2291",
    date="2026-06-10 21:14 +0100", reply_of="tv_missed",
    text=reply(_tv_sorry, "en", "Wed, 10 Jun 2026 at 10:52",
               "Gemma Laidler <gemma.laidler@tynevalleynhs.example.uk>", _tv_missed_quote),
)

SSP_APP = dict(
    id="ssp_app", kind=OTHER, slug="own_application_with_cv_pdf", lang="en",
    company="", contact="",
    frm=ME, to=("Sheaf Street Precast HR", "hr@sheafprecast.example.co.uk"),
    subject="Application - Health & Safety Advisor",
    date="2026-05-26 20:40 +0100",
    text="""Dear Sir or Madam,

Please find attached my CV and covering letter for the Health & Safety Advisor vacancy advertised on your website. I'd welcome the chance of an interview.

Kind regards,
Declan Mbeki-Hartley""",
    pdfs=[("Declan_Mbeki-Hartley_CV.pdf", [
        "Declan Mbeki-Hartley - Curriculum Vitae",
        "Leeds | declan.mh@example.co.uk",
        "Counterbalance and reach truck driver, 9 years, Leeds distribution centres",
        "Site health and safety representative since 2022",
        "IOSH Managing Safely; NEBOSH General Certificate (in progress)"]),
        ("Covering_letter_DMH.pdf", [
        "Dear Sir or Madam,",
        "I am applying for the Health & Safety Advisor role at Sheaf Street Precast."])],
)

WW_CHASE = dict(
    id="ww_chase", kind=OTHER, slug="own_chaser_any_update", lang="en",
    company="", contact="",
    frm=ME, to=("Wansbeck Water Recruitment", "recruitment@wansbeckwater.example.co.uk"),
    subject="Application update? Health & Safety Advisor (Req 26-3318)",
    date="2026-05-05 08:02 +0100", reply_of="ww_ack",
    text="""Hello,

I applied for the Health & Safety Advisor (Operations) role, Req 26-3318, on 13 April. The advert said interviews would be in early May, so I wanted to check whether my application is still being considered and whether there's a date for shortlisting.

Many thanks,
Declan Mbeki-Hartley
07700 900188""",
)

RH_SORRY = dict(
    id="rh_sorry", kind=OTHER, slug="own_german_apology_missed_teams", lang="de",
    company="", contact="",
    frm=ME, to=("Sabine Brandt", "sabine.brandt@rheinauen.example.de"),
    subject="AW: Verpasster Termin – Fachkraft für Arbeitssicherheit",
    date="2026-04-21 10:47 +0100", reply_of="rh_missed", cte="quoted-printable",
    text=_rh_sorry,
)

FR_OWN = dict(
    id="fr_own", kind=OTHER, slug="own_candidature_spontanee_french", lang="fr",
    company="", contact="",
    frm=ME, to=("Service Recrutement", "recrutement@pyrene-transports.example.fr"),
    subject="Candidature spontanée - Animateur sécurité / préventeur",
    date="2026-06-15 21:30 +0100", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame, Monsieur,

Cariste depuis neuf ans dans de grandes plateformes logistiques à Leeds (Royaume-Uni) et représentant sécurité de mon site depuis 2022, je souhaite évoluer vers un poste d'animateur sécurité ou de préventeur. Je m'installe à Toulouse cet automne et votre entreprise, reconnue pour sa politique de prévention, m'intéresse beaucoup.

Vous trouverez ci-joint mon CV. Je serais ravi de vous rencontrer pour un entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Declan Mbeki-Hartley""",
    pdfs=[("CV_Declan_Mbeki-Hartley_FR.pdf", [
        "Declan Mbeki-Hartley - CV",
        "Cariste (chariots frontaux et retractables), 9 ans, Leeds",
        "Representant securite du site depuis 2022",
        "IOSH Managing Safely"])],
)

ES_OWN = dict(
    id="es_own", kind=OTHER, slug="own_spanish_application_email", lang="es",
    company="", contact="",
    frm=ME, to=("Selección Aceros del Cantábrico", "seleccion@acerocantabrico.example.es"),
    subject="Candidatura: Técnico de Prevención (Sheffield)",
    date="2026-05-04 19:55 +0100",
    text="""Estimados señores:

Les escribo para presentar mi candidatura al puesto de Técnico de Prevención en su acería de Tinsley (Sheffield), publicado en su web.

Trabajo desde hace nueve años como carretillero en Leeds y soy delegado de seguridad de mi centro desde 2022. Tengo el certificado IOSH Managing Safely y estoy terminando el NEBOSH General Certificate. Hablo inglés nativo y un español intermedio.

Quedo a su disposición para una entrevista cuando les venga bien.

Atentamente,
Declan Mbeki-Hartley""",
)

# ====================================================================== out-of-office replies

CV_OOO = dict(
    id="cv_ooo", kind=OTHER, slug="ooo_recruiter_mentions_interviews", lang="en",
    company="", contact="priya.lomax@caldervale.example.co.uk",
    frm=("Priya Lomax", "priya.lomax@caldervale.example.co.uk"),
    subject="Automatic reply: Updated invitation: Site Health & Safety Advisor panel - new time",
    date="2026-03-13 07:02 +0000", reply_of="cv_upd_accept",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Thank you for your email. I'm out of the office until Monday 16 March with limited access to email.

If your message is about an interview that is already booked, there is no need to do anything - the details in your calendar invitation still stand. For anything urgent please contact recruitment@caldervale.example.co.uk.

Priya Lomax
Talent Acquisition Partner, Calder Vale Construction""",
)

AV_OOO = dict(
    id="av_ooo", kind=OTHER, slug="ooo_council_officer_annual_leave", lang="en",
    company="", contact="asif.rahman@airevalley.example.gov.uk",
    frm=("Asif Rahman", "asif.rahman@airevalley.example.gov.uk"),
    subject="Out of Office: Re: Change of date and venue: assessment centre AVDC-0418",
    date="2026-02-04 08:31 +0000", reply_of="av_move_confirm",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""I am on annual leave until Monday 9 February and will not be checking my emails.

If you are contacting me about an assessment centre, interview arrangements or a job offer, please email recruitment.panel@airevalley.example.gov.uk, where a colleague will be able to help.

Asif Rahman
Recruitment Officer
Aire Valley District Council

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Aire Valley District Council may monitor emails for the purposes of lawful business practice.""",
)

DE_OOO = dict(
    id="de_ooo", kind=OTHER, slug="abwesenheitsnotiz_personalberaterin", lang="de",
    company="", contact="lena.hoffmann@as-personal-rhein.example.de",
    frm=("Lena Hoffmann", "lena.hoffmann@as-personal-rhein.example.de"),
    subject="Abwesenheitsnotiz: Klinikum Rheinufer – Rückmeldung zu Ihrem Profil",
    date="2026-07-27 09:00 +0200", reply_of="ap_rej_reply",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. August im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen – etwa bei kurzfristigen Änderungen von Vorstellungsgesprächen – wenden Sie sich bitte an meinen Kollegen Thomas Esser, t.esser@as-personal-rhein.example.de, Tel. 0221 555 8831.

Ihre E-Mail wird nicht weitergeleitet.

Lena Hoffmann
Arbeitsschutz Personal Rhein GmbH""",
)

FR_OOO = dict(
    id="fr_ooo", kind=OTHER, slug="reponse_automatique_charge_recrutement", lang="fr",
    company="", contact="karim.benali@occitanie-interim.example.fr",
    frm=("Karim Benali", "karim.benali@occitanie-interim.example.fr"),
    subject="Réponse automatique : Retour de Transports Pyrène",
    date="2026-07-08 08:14 +0200", reply_of="oi_rej_reply",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis absent de l'agence jusqu'au 20 juillet inclus. Pendant mon absence, pour toute question sur une mission, un entretien ou un contrat, merci de contacter l'agence au 05 34 55 11 80 ou par mail à toulouse@occitanie-interim.example.fr.

Votre message ne sera pas transféré.

Karim Benali
Occitanie Intérim Sécurité""",
)

ES_OOO = dict(
    id="es_ooo", kind=OTHER, slug="respuesta_automatica_vacaciones", lang="es",
    company="", contact="marta.quiroga@talentoseguro.example.es",
    frm=("Marta Quiroga", "marta.quiroga@talentoseguro.example.es"),
    subject="Respuesta automática: Entrevista con Almacenes Escalda (Amberes)",
    date="2026-10-09 07:45 +0200", reply_of="ts_inv_reply",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Hola:

Estoy fuera de la oficina hasta el 13 de octubre, con acceso limitado al correo. Si tu mensaje es sobre una entrevista ya programada, la cita se mantiene tal como está.

Para cualquier urgencia puedes escribir a mi compañero Rubén Castaño (ruben.castano@talentoseguro.example.es).

Gracias,
Marta Quiroga
Talento Seguro Selección""",
)

# ====================================================================== job alerts and newsletters

_jn_items = [
    ("Health & Safety Advisor - Food Manufacturing, Leeds LS9",
     "Permanent, £34k-£38k. Interviews to be held w/c 23 March. NEBOSH preferred.",
     "https://www.jobsnorth.example.com/job/88123?utm_source=alert"),
    ("SHE Coordinator - Distribution Centre, Wakefield",
     "Days, £31k. 'Successful applicants will be invited to an assessment day.'",
     "https://www.jobsnorth.example.com/job/88177?utm_source=alert"),
    ("Trainee Health and Safety Officer - Council, York",
     "Fixed term 18 months. Closing date 30 March. Unfortunately visa sponsorship is not available.",
     "https://www.jobsnorth.example.com/job/88201?utm_source=alert"),
    ("Warehouse Safety Lead - Sheffield S9",
     "£33k + shift allowance. Immediate start, telephone interviews this week.",
     "https://www.jobsnorth.example.com/job/88240?utm_source=alert"),
]
_jn_foot = ("You're receiving this because you created a job alert for 'health safety advisor' "
            "within 25 miles of Leeds. Unsubscribe: https://www.jobsnorth.example.com/alerts/"
            "unsub?u=dmh164")

JN_ALERT = dict(
    id="jn_alert", kind=OTHER, slug="job_alert_digest_interview_words", lang="en",
    company="", contact="",
    frm=("JobsNorth Alerts", "alerts@jobsnorth.example.com"),
    subject="4 new jobs for 'health safety advisor' near Leeds",
    date="2026-03-14 06:30 +0000",
    headers=_list_headers("JobsNorth job alerts <alerts.jobsnorth.example.com>",
                          "<https://www.jobsnorth.example.com/alerts/unsub?u=dmh164>, "
                          "<mailto:unsubscribe@jobsnorth.example.com?subject=dmh164>"),
    text=digest_text("Your JobsNorth alert", "Here are the newest matches for your search.",
                     _jn_items, _jn_foot),
    html=digest_html("Your JobsNorth alert", "Here are the newest matches for your search.",
                     _jn_items, _jn_foot),
)

_sj_items = [
    ("Health & Safety Advisor, Civil Engineering - Leeds",
     "Apply in 2 minutes. Employer reviews applications daily.",
     "https://safetyjobs.example.co.uk/j/51002"),
    ("HSE Advisor (Logistics) - Doncaster",
     "£35,000. First-stage video interviews.",
     "https://safetyjobs.example.co.uk/j/51019"),
    ("Health, Safety & Wellbeing Officer - NHS, Harrogate",
     "Band 5. Shortlisted candidates will be contacted by email.",
     "https://safetyjobs.example.co.uk/j/51033"),
    ("Saved job expired: Site Safety Advisor - Minster Rail Engineering",
     "Unfortunately this job is no longer accepting applications.",
     "https://safetyjobs.example.co.uk/saved"),
]

SJ_ALERT = dict(
    id="sj_alert", kind=OTHER, slug="safetyjobs_html_only_digest_expired_saved", lang="en",
    company="", contact="",
    frm=("SafetyJobs UK", "jobs-alert@safetyjobs.example.co.uk"),
    subject="Declan, 3 new Health & Safety jobs + 1 saved job update",
    date="2026-04-07 07:05 +0100", cte="quoted-printable",
    headers=_list_headers("<weekly.safetyjobs.example.co.uk>",
                          "<https://safetyjobs.example.co.uk/unsubscribe?id=7731>"),
    html=digest_html("This week on SafetyJobs UK", "Hi Declan, here's what's new.", _sj_items,
                     'SafetyJobs UK, PO Box 164, Leeds. <a href="https://safetyjobs.example.co.'
                     'uk/unsubscribe?id=7731">Unsubscribe</a>', colour="#d35400"),
)

_isp_items = [
    ("Mock interview evening - 16 April, Leeds Beckett",
     "Members moving into their first advisor role can practise a competency interview with a panel of senior practitioners.",
     "https://isp-yorkshire.example.org.uk/events/mock-interviews"),
    ("Congratulations corner",
     "Well done to the three members who accepted job offers this month - including a former forklift driver now at a Wakefield DC!",
     "https://isp-yorkshire.example.org.uk/news/congrats"),
    ("Dealing with knock-backs",
     "Branch chair Marie Oduya on why a rejection email is data, not a verdict.",
     "https://isp-yorkshire.example.org.uk/blog/knock-backs"),
]

ISP_NEWS = dict(
    id="isp_news", kind=OTHER, slug="branch_newsletter_mock_interviews_offers", lang="en",
    company="", contact="",
    frm=("ISP Yorkshire Branch", "newsletter@isp-yorkshire.example.org.uk"),
    subject="Yorkshire Branch News - April 2026",
    date="2026-04-02 12:00 +0100",
    headers=_list_headers("Yorkshire Branch members <members.isp-yorkshire.example.org.uk>",
                          "<mailto:leave-members@isp-yorkshire.example.org.uk>"),
    text=digest_text("Yorkshire Branch News - April 2026", "Hello members,", _isp_items,
                     "Institute of Safety Practitioners, Yorkshire Branch. You are receiving "
                     "this as a member. To leave the list, reply with 'unsubscribe'."),
    html=digest_html("Yorkshire Branch News - April 2026", "Hello members,", _isp_items,
                     "Institute of Safety Practitioners, Yorkshire Branch.", colour="#2e7d32"),
)

_advice = """Rejected after the interview? Here's what to do next

"We have decided to move forward with other candidates." Few sentences sting more - especially when you were sure the panel liked you.

1. Give yourself a day. Reply politely, thank them for their time and ask for feedback.
2. Ask specific questions: was it experience, a qualification, or how I came across?
3. Keep a log of every application, interview and outcome. Patterns appear quickly.
4. Ask to be considered for future vacancies - hiring managers do remember good candidates.

Next week: how to answer "Tell me about a time you handled a safety incident".

ShiftUp Careers - practical advice for people changing careers
Unsubscribe: https://shiftup.example.com/u/dmh"""

SU_ADVICE = dict(
    id="su_advice", kind=OTHER, slug="career_advice_article_on_rejection", lang="en",
    company="", contact="",
    frm=("ShiftUp Careers", "hello@shiftup.example.com"),
    subject="Rejected after the interview? Here's what to do next",
    date="2026-05-16 09:00 +0100",
    headers=_list_headers("<weekly.shiftup.example.com>", "<https://shiftup.example.com/u/dmh>"),
    text=_advice, html=simple_html(paras(_advice)),
)

WEBINAR = dict(
    id="webinar", kind=OTHER, slug="webinar_panel_interview_skills", lang="en",
    company="", contact="",
    frm=("SafeSkills Training", "events@safeskills.example.co.uk"),
    subject="Live webinar Thursday: acing your panel interview for H&S roles",
    date="2026-06-22 17:30 +0100",
    headers=_list_headers("<events.safeskills.example.co.uk>",
                          "<https://safeskills.example.co.uk/prefs>"),
    html=simple_html("""<h2>Acing your panel interview</h2>
<p>Thursday 25 June, 19:00-20:00, online &middot; free for NEBOSH learners</p>
<p>Our tutors have sat on hundreds of interview panels. In one hour they'll cover the STAR method, the five questions every H&amp;S panel asks, and what to do when you're asked to present a risk assessment on the spot.</p>
<p><a href="https://safeskills.example.co.uk/webinars/panel-interview">Save your seat</a></p>
<p style="font-size:11px;color:#888">SafeSkills Training, Leeds. <a href="https://safeskills.example.co.uk/prefs">Manage preferences</a></p>"""),
)

JR_ALERT = dict(
    id="jr_alert", kind=OTHER, slug="jobradar_de_neue_stellen", lang="de",
    company="", contact="",
    frm=("JobRadar Rhein", "agent@jobradar-rhein.example.de"),
    subject="5 neue Jobs für „Fachkraft für Arbeitssicherheit“ in Köln",
    subject_enc=("utf-8", "B"),
    date="2026-05-08 06:15 +0200",
    headers=_list_headers("<jobagent.jobradar-rhein.example.de>",
                          "<https://jobradar-rhein.example.de/agent/abmelden?k=dmh>"),
    text=digest_text(
        "Ihr JobRadar für Köln", "Guten Morgen, hier sind Ihre neuen Treffer:",
        [("Fachkraft für Arbeitssicherheit (m/w/d) – Logistikzentrum Köln-Eifeltor",
          "Vorstellungsgespräche ab sofort, Start nach Vereinbarung.",
          "https://jobradar-rhein.example.de/job/30011"),
         ("Sicherheitsingenieur/in Chempark",
          "Leider keine Bewerbung ohne Sifa-Ausbildung möglich.",
          "https://jobradar-rhein.example.de/job/30025"),
         ("HSE-Spezialist (m/w/d) Bau – Leverkusen",
          "Unbefristet, Firmenwagen, englischsprachiges Team.",
          "https://jobradar-rhein.example.de/job/30040"),
         ("Koordinator Arbeitsschutz – Stadtverwaltung",
          "TVöD E10, Bewerbungsschluss 31.05.",
          "https://jobradar-rhein.example.de/job/30052"),
         ("Teamleiter Lager mit Sicherheitsverantwortung – Porz",
          "Staplerschein erforderlich.",
          "https://jobradar-rhein.example.de/job/30067")],
        "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden: "
        "https://jobradar-rhein.example.de/agent/abmelden?k=dmh"),
)

FR_ALERT = dict(
    id="fr_alert", kind=OTHER, slug="alerte_emploi_occitanie", lang="fr",
    company="", contact="",
    frm=("Emploi Occitanie", "alertes@emploi-occitanie.example.fr"),
    subject="8 nouvelles offres : Animateur QHSE - Toulouse et alentours",
    date="2026-07-03 07:00 +0200",
    headers=_list_headers("<alertes.emploi-occitanie.example.fr>",
                          "<https://emploi-occitanie.example.fr/desabonnement?c=dmh>"),
    html=digest_html(
        "Vos nouvelles offres", "Bonjour Declan, voici les offres publiées depuis hier :",
        [("Animateur QHSE (H/F) - Logistique - Castelnau-d'Estrétefonds",
          "CDI, entretiens prévus la semaine prochaine.",
          "https://emploi-occitanie.example.fr/offre/7710"),
         ("Préventeur chantier (H/F) - BTP - Colomiers",
          "Intérim 6 mois, CACES apprécié.",
          "https://emploi-occitanie.example.fr/offre/7719"),
         ("Technicien HSE (H/F) - Aéronautique - Blagnac",
          "Malheureusement cette offre n'est plus disponible.",
          "https://emploi-occitanie.example.fr/offre/7702")],
        '<a href="https://emploi-occitanie.example.fr/desabonnement?c=dmh">Se désabonner</a>',
        lang="fr", colour="#8e24aa"),
)

FR_NEWS = dict(
    id="fr_news", kind=OTHER, slug="newsletter_conseils_entretien", lang="fr",
    company="", contact="",
    frm=("Le Mag de la Prévention", "lettre@magprevention.example.fr"),
    subject="5 erreurs à éviter en entretien d'embauche (et comment rebondir après un refus)",
    date="2026-08-20 08:30 +0200", cte="quoted-printable",
    headers=_list_headers("Lettre hebdo <hebdo.magprevention.example.fr>",
                          "<mailto:desinscription@magprevention.example.fr>"),
    text="""LE MAG DE LA PRÉVENTION - Lettre n° 212

5 erreurs à éviter en entretien d'embauche
Arriver sans avoir lu le document unique de l'entreprise, réciter le Code du travail, oublier de parler du terrain... Nos conseils pour convaincre un recruteur HSE.
https://magprevention.example.fr/articles/erreurs-entretien

Après un refus : demander un retour, oui, mais comment ?
« Nous ne pouvons donner une suite favorable à votre candidature » : la formule est froide, mais elle ouvre parfois la porte à un échange utile.
https://magprevention.example.fr/articles/apres-un-refus

Offre de la semaine : animateur sécurité en plateforme logistique, Toulouse Nord.
https://magprevention.example.fr/emploi

Vous recevez cette lettre car vous êtes abonné. Désinscription : desinscription@magprevention.example.fr""",
)

ES_ALERT = dict(
    id="es_alert", kind=OTHER, slug="alerta_empleoprl_nuevas_ofertas", lang="es",
    company="", contact="",
    frm=("EmpleoPRL", "alertas@empleoprl.example.es"),
    subject="Nuevas ofertas para ti: Técnico de Prevención",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-06-01 08:00 +0200", charset="iso-8859-1", cte="quoted-printable",
    headers=_list_headers("<alertas.empleoprl.example.es>",
                          "<https://empleoprl.example.es/baja?u=dmh>"),
    text=digest_text(
        "Tus ofertas de hoy", "Hola Declan, estas ofertas encajan con tu búsqueda:",
        [("Técnico de Prevención - obra civil - Reino Unido",
          "Empresa española con obras en Irlanda del Norte. Entrevistas por videollamada.",
          "https://empleoprl.example.es/oferta/4410"),
         ("Coordinador de seguridad en obra - Bilbao",
          "Lamentablemente esta oferta ya no admite inscripciones.",
          "https://empleoprl.example.es/oferta/4388"),
         ("Técnico PRL logística - Toulouse (Francia)",
          "Se valora francés. Incorporación inmediata.",
          "https://empleoprl.example.es/oferta/4431")],
        "Recibes este correo porque creaste una alerta en EmpleoPRL. Darte de baja: "
        "https://empleoprl.example.es/baja?u=dmh"),
)

# ====================================================================== press, podcast, research

PODCAST = dict(
    id="podcast", kind=OTHER, slug="podcast_interview_request", lang="en",
    company="", contact="nat.oyelaran@shopfloorpod.example.com",
    frm=("Nat Oyelaran", "nat.oyelaran@shopfloorpod.example.com"),
    subject="Podcast interview? 'Shop Floor to Safety'",
    date="2026-07-21 13:40 +0100",
    text="""Hi Declan,

I host Shop Floor to Safety, a podcast about people who've moved from operational jobs into health and safety. Your post in the IOSH forum about going from forklift driver to safety rep really struck a chord with listeners.

Would you be up for being interviewed for an episode? It's a relaxed 45-minute conversation recorded over Zoom - we'd talk about what made you switch, what applying for advisor roles has been like, and your advice for others. Any weekday evening in August works.

No pressure at all - just reply if you're interested.

Nat Oyelaran
Host, Shop Floor to Safety
shopfloorpod.example.com""",
)

PRESS = dict(
    id="press", kind=OTHER, slug="local_paper_interview_request", lang="en",
    company="", contact="becky.sowerby@leedscourier.example.co.uk",
    frm=("Becky Sowerby", "becky.sowerby@leedscourier.example.co.uk"),
    subject="Interview request - forklift safety feature",
    date="2026-03-30 11:22 +0100",
    text="""Hi Declan,

I'm a reporter at the Leeds Evening Courier working on a feature about forklift accidents in West Yorkshire warehouses after the HSE figures came out last week. Your union rep gave me your name as someone who's championed safety on the shop floor.

Could I interview you for the piece? Ten or fifteen minutes on the phone would be great, and we could use your first name only if you'd prefer. My deadline is Thursday.

Thanks,
Becky Sowerby
Business & Industry Reporter, Leeds Evening Courier
0113 496 0901""",
)

UXR = dict(
    id="uxr", kind=OTHER, slug="user_research_interview_voucher", lang="en",
    company="", contact="",
    frm=("HireLoop Research", "research-noreply@hireloop.example.com"),
    subject="Can we interview you about your job search? (£25 voucher)",
    date="2026-08-12 15:00 +0100", headers=[("Auto-Submitted", "auto-generated")],
    html=simple_html("""<p>Hi Declan,</p>
<p>You've used the HireLoop app to apply for 14 jobs this year, and our product team would love to learn from you.</p>
<p>We're running <b>30-minute research interviews</b> over video next week. We'll ask how you search for roles, how you track applications and what happens when you don't hear back. There are no right answers, and it has nothing to do with any application you've made.</p>
<p>As a thank-you you'll receive a <b>&pound;25 shopping voucher</b>.</p>
<p><a href="https://hireloop.example.com/research/book?s=dmh">Book a slot</a></p>
<p>Thanks,<br>The HireLoop Research team</p>"""),
)

# ====================================================================== machines, parcels, bank, landlord

FLEET = dict(
    id="fleet", kind=OTHER, slug="forklift_telematics_position_report", lang="en",
    company="", contact="",
    frm=("FleetSense Telematics", "alerts@fleetsense.example.com"),
    subject="Impact alert: FLT-07 - position and operator report",
    date="2026-01-23 03:41 +0000", headers=[("Auto-Submitted", "auto-generated")],
    text="""FleetSense automatic alert

Truck: FLT-07 (Counterbalance 2.5t)
Site: Stourton DC, Leeds
Operator badge: 4471 (D. Mbeki-Hartley)
Event: Medium impact (2.4g) at 03:38:12
Last known position: Aisle 14, bay 22 (GPS 53.7699, -1.5158)
Speed at impact: 6 km/h
Status: Truck locked out pending supervisor check

This alert was sent to all users on the Stourton DC notification list. Do not reply.""",
)

PARCEL = dict(
    id="parcel", kind=OTHER, slug="parcel_delayed_unfortunately", lang="en",
    company="", contact="",
    frm=("SwiftDrop", "noreply@swiftdrop.example.co.uk"),
    subject="Your parcel is delayed",
    date="2026-10-12 18:05 +0100",
    text="""Hi Declan,

Unfortunately your parcel from SafetyGear Direct (ref SD4471920) has been delayed at our Wakefield hub and won't arrive today as planned.

New estimated delivery: Wednesday 14 October, 08:00-12:00.

You don't need to do anything. If you won't be in, you can choose a safe place or a different day: https://swiftdrop.example.co.uk/track/SD4471920

Sorry for the inconvenience,
SwiftDrop""",
)

BANK = dict(
    id="bank", kind=OTHER, slug="bank_mortgage_interview_booked", lang="en",
    company="", contact="",
    frm=("Aire & Calder Building Society", "no-reply@airecalderbs.example.co.uk"),
    subject="Your mortgage interview is confirmed",
    date="2026-01-29 12:10 +0000", cte="quoted-printable",
    text=None,
    html=outlook_html(mso("""Dear Mr Mbeki-Hartley,

Thank you for booking a mortgage interview with one of our advisers.

Date: Saturday 7 February 2026
Time: 10:30
Branch: Headingley, 15 Otley Road, Leeds LS6 3AA

Please bring three months of payslips, your latest P60 and photo ID. If you need to change or cancel your appointment, call us on 0113 496 0555.

Aire & Calder Building Society
Authorised by the Prudential Regulation Authority. Your home may be repossessed if you do not keep up repayments on your mortgage.""")),
)

LANDLORD = dict(
    id="landlord", kind=OTHER, slug="landlord_inspection_appointment", lang="en",
    company="", contact="gary.whitaker@whitakerlettings.example.co.uk",
    frm=("Gary Whitaker", "gary.whitaker@whitakerlettings.example.co.uk"),
    subject="Routine inspection - 22 Harehills Lane",
    date="2026-04-15 09:30 +0100",
    text="""Hi Declan,

Just a heads-up that your six-monthly property inspection is due. I've booked the appointment for Thursday 23 April between 10 and 12. I'll also have the gas engineer with me to check the position of the new boiler flue, as the council flagged it.

If that time doesn't suit, let me know and we'll rearrange. You don't need to be in - I can use the spare key.

Thanks,
Gary Whitaker
Whitaker Lettings, 8 Roundhay Road, Leeds LS7 1AB""",
)

SCHOOL = dict(
    id="school", kind=OTHER, slug="school_mock_interviews_volunteers", lang="en",
    company="", contact="k.ahmed@roundhaypark.example.sch.uk",
    frm=("Roundhay Park Academy", "office@roundhaypark.example.sch.uk"),
    reply_to=("Mrs K Ahmed", "k.ahmed@roundhaypark.example.sch.uk"),
    to=("Parents and Carers of Year 11", "year11-parents@roundhaypark.example.sch.uk"),
    subject="Year 11 Mock Interview Day - volunteers needed",
    date="2026-02-24 16:00 +0000",
    text="""Dear Parents and Carers,

On Wednesday 18 March, every Year 11 student will take part in our annual Mock Interview Day. Students apply for a real-world job or college place and are then interviewed for 20 minutes by a volunteer from a local employer.

We are looking for parents and carers who would be willing to act as interviewers. No experience is needed; we provide the questions and a short briefing at 8.30am. If you can help for the morning, please reply to Mrs Ahmed by 6 March.

Students will receive written feedback, and the best candidates are nominated for work experience positions in the summer term.

Thank you for your support.

Mrs K Ahmed
Careers Lead, Roundhay Park Academy""",
)

GP = dict(
    id="gp", kind=OTHER, slug="gp_appointment_cancelled_clinician_unwell", lang="en",
    company="", contact="",
    frm=("Chapeltown Road Surgery", "no-reply@chapeltownsurgery.example.nhs.uk"),
    subject="Your appointment has been cancelled",
    date="2026-03-09 07:48 +0000", cte="base64",
    text="""Dear Declan Mbeki-Hartley,

Unfortunately we have had to cancel your appointment with Dr Patel on Monday 9 March at 11:20, as the clinician is unwell.

Please book a new appointment online or call the surgery on 0113 496 0444 from 8am. If your symptoms are urgent, call NHS 111.

We apologise for any inconvenience.

Chapeltown Road Surgery
This is an automated message; replies are not monitored.""",
)

# ====================================================================== people: friend, cold approach, forward

FRIEND = dict(
    id="friend", kind=OTHER, slug="mate_tells_of_own_rejection", lang="en",
    company="", contact="kieran.pollard@example.com",
    frm=("Kieran Pollard", "kieran.pollard@example.com"),
    subject="well that's that then",
    date="2026-06-06 21:48 +0100",
    text="""Alright pal,

Got the email this arvo - Network Rail said no. "Unfortunately on this occasion you have not been successful." After three interviews and a psychometric test! Gutted doesn't cover it.

Anyway, how did your thing with the NHS go? Still on for the Rhinos on Sunday? First round's on you if you got an offer, on me if we're both crying into our pints.

K""",
)

COLD = dict(
    id="cold", kind=OTHER, slug="recruiter_cold_approach_no_event", lang="en",
    company="", contact="imogen.tate@northstarsearch.example.co.uk",
    frm=("Imogen Tate", "imogen.tate@northstarsearch.example.co.uk"),
    subject="Health & safety opportunities in the North East",
    date="2026-07-30 12:15 +0100",
    text="""Hi Declan,

I came across your profile while researching health and safety professionals with a strong operational background in logistics. I specialise in SHEQ appointments across the North East and Yorkshire, and I'm often asked by clients for people who understand warehouse risks first-hand.

I don't have a specific role to put you forward for today, but I'd be glad to keep you in mind. If you're open to hearing about opportunities, reply with an up-to-date CV and your salary expectations.

Kind regards,
Imogen Tate
Director, Northstar Search
Grey Street, Newcastle upon Tyne NE1 6EE""",
)

FWD_AD = dict(
    id="fwd_ad", kind=OTHER, slug="brother_in_law_forwards_job_ad", lang="en",
    company="", contact="tunde.okafor@example.com",
    frm=("Tunde Okafor", "tunde.okafor@example.com"),
    subject="Fwd: Vacancy: Health & Safety Advisor (Glasgow depot)",
    date="2026-04-26 20:04 +0100",
    text="""Declan - saw this on our intranet and thought of you straight away. They interview quick here and the H&S team are sound. Want me to put a word in?

T

""" + forwarded("en", "Internal Vacancies <vacancies@strathbrew.example.co.uk>",
                "Fri, 24 Apr 2026 at 09:00", "Vacancy: Health & Safety Advisor (Glasgow depot)",
                "All Staff <allstaff@strathbrew.example.co.uk>",
                """INTERNAL AND EXTERNAL VACANCY

Health & Safety Advisor - Glasgow Distribution Depot
Salary: £34,000 - £37,000

We are looking for a Health & Safety Advisor to support our busy Glasgow depot. Interviews will be held in the week commencing 18 May. Referrals from colleagues are welcome - a £500 referral bonus applies if your referral is offered the position.

Closing date: 8 May 2026."""),
)

SURVEY = dict(
    id="survey", kind=OTHER, slug="candidate_experience_survey", lang="en",
    company="", contact="",
    frm=("CandidatePulse on behalf of Lagan Energy Networks", "survey@candidatepulse.example.com"),
    subject="How was your experience applying to Lagan Energy Networks?",
    date="2026-08-22 10:00 +0100",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://candidatepulse.example.com/optout?c=dmh>")],
    html=simple_html("""<p>Hi Declan,</p>
<p>You recently went through the recruitment process for <b>Health, Safety &amp; Environment Advisor</b> at Lagan Energy Networks. Whatever the outcome, your honest feedback helps them improve.</p>
<p>How likely are you to recommend applying to Lagan Energy Networks to a friend?</p>
<p><a href="https://candidatepulse.example.com/s/le?score=0">0</a> &middot; <a href="https://candidatepulse.example.com/s/le?score=5">5</a> &middot; <a href="https://candidatepulse.example.com/s/le?score=10">10</a></p>
<p>The survey takes about two minutes and is anonymous.</p>"""),
)

# ====================================================================== social notifications

PL_VIEWED = dict(
    id="pl_viewed", kind=OTHER, slug="social_application_viewed_notification", lang="en",
    company="", contact="",
    frm=("ProLink", "notifications@prolink.example.com"),
    subject="Your application was viewed by Kempen Chemicals",
    date="2026-09-09 13:22 +0200",
    headers=[("List-Unsubscribe", "<https://prolink.example.com/settings/notifications>")],
    text="""Declan, your application was viewed

Kempen Chemicals viewed your application for EHS Coordinator (Antwerp).

Applicants who follow up with a short message are more likely to hear back. See who else applied with ProLink Premium.

View application: https://prolink.example.com/jobs/applied/20831

You are receiving ProLink notification emails. Unsubscribe: https://prolink.example.com/settings/notifications
ProLink Ltd, 1 Prolink Square, Dublin 2""",
)

PL_CONGRATS = dict(
    id="pl_congrats", kind=OTHER, slug="social_congratulate_new_position", lang="en",
    company="", contact="",
    frm=("ProLink", "notifications@prolink.example.com"),
    subject="Congratulate Sam Ackroyd on the new position",
    date="2026-05-03 18:00 +0100",
    html=simple_html("""<p><b>Sam Ackroyd</b> started a new position as <b>Health &amp; Safety Manager</b> at Harrowgate Foods.</p>
<p><a href="https://prolink.example.com/feed/update/sam-ackroyd">Say congrats</a></p>
<p>Also this week: 3 people you may know changed jobs, and 12 new jobs match your preferences.</p>
<p style="font-size:11px;color:#888">You are receiving ProLink notification emails. <a href="https://prolink.example.com/settings/notifications">Unsubscribe</a></p>"""),
)

BN_DE = dict(
    id="bn_de", kind=OTHER, slug="berufsnetz_profilbesucher", lang="de",
    company="", contact="",
    frm=("BerufsNetz", "benachrichtigung@berufsnetz.example.de"),
    subject="Ihr Profil wurde 7-mal besucht – u. a. von einer Personalberaterin",
    date="2026-06-07 10:00 +0200", charset="iso-8859-1", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://berufsnetz.example.de/einstellungen/mails>")],
    text="""Hallo Declan,

Ihr Profil war diese Woche gefragt: 7 Besucher, darunter eine Personalberaterin aus Köln und ein Mitarbeiter der Stadtwerke Porz.

Tipp: Mitglieder mit vollständigem Profil erhalten dreimal so viele Einladungen zu Vorstellungsgesprächen.

Besucher ansehen: https://berufsnetz.example.de/besucher

Sie erhalten diese Benachrichtigung, weil Sie Mitglied bei BerufsNetz sind.""",
)

ES_NOTIF = dict(
    id="es_notif", kind=OTHER, slug="red_profesional_busquedas", lang="es",
    company="", contact="",
    frm=("RedPro", "notificaciones@redpro.example.es"),
    subject="Has aparecido en 12 búsquedas esta semana",
    date="2026-07-19 11:30 +0200",
    headers=[("List-Unsubscribe", "<https://redpro.example.es/ajustes/correo>")],
    html=simple_html("""<p>Hola Declan:</p>
<p>Tu perfil ha aparecido en <b>12 búsquedas</b> esta semana. Entre quienes te han encontrado hay una consultora de selección de Madrid y una empresa constructora.</p>
<p>Los perfiles con foto reciben hasta un 40&nbsp;% más de propuestas de entrevista.</p>
<p><a href="https://redpro.example.es/busquedas">Ver quién te ha buscado</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque eres miembro de RedPro. <a href="https://redpro.example.es/ajustes/correo">Darte de baja</a></p>""", "es"),
)

# ====================================================================== courses and admissions refused

COLLEGE = dict(
    id="college", kind=OTHER, slug="nebosh_diploma_place_refused", lang="en",
    company="", contact="",
    frm=("Leeds Northern College Admissions", "admissions-noreply@leedsnorthern.example.ac.uk"),
    subject="Your application: NEBOSH National Diploma (part-time, September 2026)",
    date="2026-07-14 14:30 +0100", cte="quoted-printable",
    text="""Dear Declan,

Thank you for applying to study the NEBOSH National Diploma in Occupational Health and Safety (part-time evening, starting September 2026).

We regret to inform you that we are unable to offer you a place on this course. The course is heavily oversubscribed and priority has been given to applicants who already hold the NEBOSH General Certificate. Once you have completed your certificate, we would encourage you to apply for the January 2027 intake.

Yours sincerely,
Admissions Team
Leeds Northern College""",
)

UNI = dict(
    id="uni", kind=OTHER, slug="msc_admission_not_offered", lang="en",
    company="", contact="",
    frm=("University of Tyneside Admissions", "pg-admissions@tyneside-uni.example.ac.uk"),
    subject="Decision on your application - MSc Occupational Safety and Health (Distance Learning)",
    date="2026-08-28 16:05 +0100",
    html=simple_html("""<p>Dear Mr Mbeki-Hartley,</p>
<p>Application ID: 2026-PG-114207</p>
<p>Thank you for your application to the <b>MSc Occupational Safety and Health (Distance Learning)</b>.</p>
<p>After careful consideration, the admissions tutor has decided not to offer you a place for 2026/27. The programme requires a first degree or a Level 6 professional qualification, and we were unable to accept your experience in lieu on this occasion.</p>
<p>You may wish to consider our Postgraduate Certificate route, which has different entry requirements.</p>
<p>Yours sincerely,<br>Postgraduate Admissions<br>University of Tyneside</p>"""),
)

FLT_REFRESH = dict(
    id="flt_refresh", kind=OTHER, slug="forklift_refresher_assessment_booked", lang="en",
    company="", contact="bookings@yorkshireflt.example.co.uk",
    frm=("Yorkshire FLT Training", "bookings@yorkshireflt.example.co.uk"),
    subject="Booking confirmed: Counterbalance refresher assessment",
    date="2026-01-16 11:11 +0000", charset="windows-1252", cte="8bit",
    text="""Hi Declan,

Your counterbalance forklift refresher assessment is booked:

Date: Tuesday 3 February 2026
Time: 08:00 – 12:00 (theory test, pre-use check and practical)
Venue: Yorkshire FLT Training, Unit 12 Cross Green Way, Leeds LS9 0SE
Cost: £145 + VAT – invoiced to your employer

Please bring your current licence card and wear safety boots. If you need to move the date, reply to this email at least 48 hours before.

Yorkshire FLT Training – RTITB accredited""",
)

IHK = dict(
    id="ihk", kind=OTHER, slug="ihk_lehrgang_kein_platz", lang="de",
    company="", contact="",
    frm=("IHK-Bildungszentrum Köln", "weiterbildung@ihk-bz-koeln.example.de"),
    subject="Ihre Anmeldung: Lehrgang Fachkraft für Arbeitssicherheit (Kurs 26-114)",
    date="2026-07-06 13:45 +0200", cte="quoted-printable",
    text="""Sehr geehrter Herr Mbeki-Hartley,

vielen Dank für Ihre Anmeldung zum Lehrgang „Fachkraft für Arbeitssicherheit“ (Kurs 26-114, Beginn 14. September 2026).

Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Platz in diesem Kurs anbieten können. Voraussetzung für die Zulassung ist ein in Deutschland anerkannter Abschluss als Meister, Techniker oder Ingenieur; die Anerkennung Ihrer britischen Qualifikationen liegt uns noch nicht vor.

Gern setzen wir Sie auf die Interessentenliste für den Kurs im Frühjahr 2027.

Mit freundlichen Grüßen
Ihr Team Weiterbildung
IHK-Bildungszentrum Köln""",
)

WOHNUNG = dict(
    id="wohnung", kind=OTHER, slug="wohnungsabsage_nach_besichtigung", lang="de",
    company="", contact="c.ruetten@ruetten-immobilien.example.de",
    frm=("Carola Rütten", "c.ruetten@ruetten-immobilien.example.de"),
    name_enc=("iso-8859-1", "Q"),
    subject="Wohnung Ehrenfeld, Körnerstraße – Ihre Anfrage",
    date="2026-08-18 17:20 +0200", charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrter Herr Mbeki-Hartley,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Körnerstraße und Ihre Teilnahme am Besichtigungstermin am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümer für andere Mietinteressenten entschieden haben. Wir haben Ihre Suchkriterien gespeichert und informieren Sie gern über ähnliche Objekte in Ehrenfeld und Nippes.

Mit freundlichen Grüßen
Carola Rütten
Rütten Immobilien – Vermietung & Verwaltung
Venloer Straße 210 · 50823 Köln""",
)

PAKET = dict(
    id="paket", kind=OTHER, slug="paket_verspaetet_sich_leider", lang="de",
    company="", contact="",
    frm=("Rheinpaket Sendungsverfolgung", "noreply@rheinpaket.example.de"),
    subject="Ihre Sendung verspätet sich leider",
    date="2026-09-21 19:02 +0200", cte="base64",
    text="""Hallo Declan Mbeki-Hartley,

leider verspätet sich Ihre Sendung 00340434161094205588 (Absender: Arbeitsschutz-Shop24). Wegen eines hohen Paketaufkommens im Verteilzentrum Köln-Eifeltor kann sie heute nicht zugestellt werden.

Neuer voraussichtlicher Zustelltag: Mittwoch, 23.09.2026

Aktueller Status und Position Ihrer Sendung: https://rheinpaket.example.de/verfolgen/00340434161094205588

Ihr Rheinpaket-Team""",
)

FORMATION = dict(
    id="formation", kind=OTHER, slug="formation_technicien_hse_non_retenue", lang="fr",
    company="", contact="",
    frm=("Centre de Formation Prévention Sud", "admissions@cfps-toulouse.example.fr"),
    subject="Résultat de votre candidature - Titre professionnel Technicien HSE",
    date="2026-06-26 10:30 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Monsieur Mbeki-Hartley,

Nous vous remercions pour votre participation aux tests de sélection et à l'entretien de motivation pour la formation « Technicien Hygiène Sécurité Environnement » (session d'octobre 2026).

Après délibération du jury, votre candidature à cette formation n'a pas été retenue : le nombre de places financées par la Région est limité et la priorité a été donnée aux demandeurs d'emploi inscrits en Occitanie depuis plus de six mois.

Vous pouvez représenter votre candidature pour la session de mars 2027.

Le service admissions
Centre de Formation Prévention Sud - Toulouse""",
)

BANQUE = dict(
    id="banque", kind=OTHER, slug="banque_rendez_vous_conseiller", lang="fr",
    company="", contact="",
    frm=("Banque Populaire du Midi - Agence Toulouse Capitole", "ne-pas-repondre@bpmidi.example.fr"),
    subject="Confirmation de votre rendez-vous",
    date="2026-08-31 09:15 +0200",
    html=simple_html("""<p>Bonjour Monsieur Mbeki-Hartley,</p>
<p>Nous avons le plaisir de vous confirmer votre rendez-vous pour l'ouverture de votre compte :</p>
<p><b>Mardi 8 septembre 2026 à 17h30</b><br>Agence Toulouse Capitole, 12 rue Lafayette, 31000 Toulouse<br>Votre conseiller : Mme Anaïs Ferrand</p>
<p>Pensez à apporter une pièce d'identité, un justificatif de domicile et, le cas échéant, votre promesse d'embauche ou votre contrat de travail.</p>
<p>Pour modifier ou annuler ce rendez-vous, rendez-vous dans votre espace client.</p>
<p style="font-size:11px;color:#777">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>""", "fr"),
)

MAG_FR = dict(
    id="mag_fr", kind=OTHER, slug="magazine_demande_interview", lang="fr",
    company="", contact="elodie.marty@preventionbtp-mag.example.fr",
    frm=("Élodie Marty", "elodie.marty@preventionbtp-mag.example.fr"),
    name_enc=("utf-8", "B"),
    subject="Demande d'interview pour Prévention BTP Mag",
    date="2026-09-17 15:12 +0200",
    text="""Bonjour Monsieur Mbeki-Hartley,

Je suis journaliste pour Prévention BTP Mag. Je prépare un dossier sur les différences de culture sécurité entre le Royaume-Uni et la France, et Karim Benali, d'Occitanie Intérim, m'a dit que vous veniez de vous installer à Toulouse après une carrière en logistique à Leeds.

Accepteriez-vous de m'accorder une interview d'une demi-heure, par téléphone ou en visio, dans les deux prochaines semaines ? L'article paraîtra dans notre numéro de novembre.

Bien cordialement,
Élodie Marty
Journaliste - Prévention BTP Mag
06 55 12 34 78""",
)

JAVI = dict(
    id="javi", kind=OTHER, slug="amigo_cuenta_su_rechazo", lang="es",
    company="", contact="javier.olmedo@example.es",
    frm=("Javi Olmedo", "javier.olmedo@example.es"),
    subject="me han dicho que no",
    date="2026-09-26 23:10 +0200",
    text="""¡Ey, Declan!

Te cuento: al final los de la constructora de Zaragoza me han dicho que no. "Lamentamos comunicarle que su candidatura no ha sido seleccionada", y ya está, ni una explicación. Después de dos entrevistas y una prueba práctica, tío.

Bueno, a seguir. ¿Y tú qué tal con lo de Toulouse? ¿Ya te han dado fecha para empezar? A ver si nos vemos en octubre y me cuentas.

Un abrazo,
Javi""",
)

MASTER = dict(
    id="master", kind=OTHER, slug="master_prl_no_admitido", lang="es",
    company="", contact="",
    frm=("Universidad a Distancia del Norte - Posgrado", "posgrado-noreply@udn.example.es"),
    subject="Resolución de admisión: Máster Universitario en Prevención de Riesgos Laborales",
    date="2026-07-22 12:00 +0200", cte="base64",
    text="""Estimado/a Declan Mbeki-Hartley:

Le comunicamos la resolución de la Comisión Académica sobre su solicitud de admisión al Máster Universitario en Prevención de Riesgos Laborales (curso 2026-2027):

Estado: NO ADMITIDO

Motivo: no acredita una titulación universitaria oficial de grado o equivalente que dé acceso a estudios de máster.

Puede presentar una reclamación en el plazo de diez días hábiles desde la recepción de esta notificación a través de la sede electrónica.

Servicio de Posgrado
Universidad a Distancia del Norte""",
)

ACADEMIA = dict(
    id="academia", kind=OTHER, slug="academia_espanol_prueba_oral_cambia_hora", lang="es",
    company="", contact="profesora@academiacervantesleeds.example.co.uk",
    frm=("Academia Cervantes Leeds", "profesora@academiacervantesleeds.example.co.uk"),
    subject="Cambio de hora: tu entrevista oral de nivel B1",
    date="2026-02-27 18:40 +0000",
    text="""Hola Declan:

Te escribo para avisarte de un cambio: la entrevista oral de la prueba de nivel B1 del sábado pasa de las 10:00 a las 11:30, porque la examinadora llega más tarde desde Manchester. El lugar es el mismo (aula 3).

Recuerda traer el cuaderno de ejercicios y tu pasaporte. ¡Mucho ánimo, lo vas a hacer muy bien!

Un saludo,
Carmen
Academia Cervantes Leeds · 40 Call Lane, Leeds LS1 6DT""",
)

MESSAGES = [
    # English (31)
    HF_THANKS, CV_ACCEPT, SP_REQ, TV_SORRY, SSP_APP, WW_CHASE, CV_OOO, AV_OOO, JN_ALERT,
    SJ_ALERT, ISP_NEWS, SU_ADVICE, WEBINAR, PODCAST, PRESS, UXR, FLEET, PARCEL, FRIEND, COLD,
    BANK, LANDLORD, SCHOOL, GP, PL_VIEWED, PL_CONGRATS, COLLEGE, UNI, FLT_REFRESH, FWD_AD,
    SURVEY,
    # German (7)
    JR_ALERT, BN_DE, IHK, WOHNUNG, PAKET, DE_OOO, RH_SORRY,
    # French (7)
    FR_ALERT, FR_NEWS, FR_OOO, FR_OWN, FORMATION, BANQUE, MAG_FR,
    # Spanish (7)
    ES_ALERT, ES_NOTIF, JAVI, ES_OOO, ES_OWN, MASTER, ACADEMIA,
]
