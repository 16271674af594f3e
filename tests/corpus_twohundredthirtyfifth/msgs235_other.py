"""Corpus 235, hand-written `other` messages (52): the candidate's own mail, digests,
notifications, advice, private mail and look-alikes."""

from msgs235_common import (
    ME, SIG_DE, SIG_EN, SIG_FR, am_schrieb, ats_card, el_escribio, ics, le_a_ecrit, newsletter_html, on_wrote, paras, pdf, plain_html, quote,
)
from msgs235_rejections import _lem_text

K = "other"
MESSAGES = []

CV = pdf("CV_Elodie_Wasserfall-Mbatha.pdf", "Elodie Wasserfall-Mbatha – CV", [
    "Av. de Cour 41, 1007 Lausanne | elodie.wm@example.ch | +41 79 512 38 06",
    "",
    "Expérience",
    "2017-2026  Conseillère clientèle puis gestionnaire back-office, Banque Riviera Vaudoise",
    "2014-2017  Apprentissage d'employée de commerce, banque",
    "",
    "Formation",
    "2025-2026  CAS Sustainable Finance (en cours)",
    "Langues : français (maternelle), anglais C1, allemand B2, espagnol B2",
])


def _list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# =========================================================================== own mail

_calvin_inv_q = """Bonjour Elodie,

Merci pour votre candidature au poste d'analyste reporting durabilité (CSRD). Votre passage du guichet bancaire vers le reporting nous intéresse beaucoup.

Auriez-vous une demi-heure cette semaine ou la suivante pour un premier échange téléphonique ? Je suis assez libre jeudi après-midi et lundi matin. Dites-moi ce qui vous arrange et à quel numéro vous joindre."""

MESSAGES.append(dict(
    kind=K, name="own_reply_proposing_call_slot", lang="fr", company="", contact="",
    mid="calvin-slots", parent="calvin-inv", frm=ME,
    to=[("Joëlle Perrenoud", "joelle.perrenoud@calvin-conseil.example.ch")],
    subject="Re: Votre candidature – un premier appel ?", subj_enc=("utf-8", "q"),
    date="2026-01-22 11:47 +0100", cte="quoted-printable",
    text=f"""Bonjour Madame Perrenoud,

Merci beaucoup pour votre message. Lundi 26 janvier à 10h me conviendrait très bien ; vous pouvez me joindre sur mon natel au +41 79 512 38 06.

Meilleures salutations,
Elodie Wasserfall-Mbatha

{le_a_ecrit("jeu. 22 janv. 2026 à 09:12", "Joëlle Perrenoud <joelle.perrenoud@calvin-conseil.example.ch>")}
{quote(_calvin_inv_q)}""",
))

MESSAGES.append(dict(
    kind=K, name="own_request_to_move_trial_day", lang="fr", company="", contact="",
    mid="tv-ask", parent="tv-inv", frm=ME,
    to=[("Inès Corboz", "ines.corboz@terrevive.example.org")],
    subject="Re: Journée d'essai chez Fondation Terre Vive", date="2026-06-04 07:32 +0200",
    cte="quoted-printable",
    text=f"""Bonjour Madame Corboz,

Merci beaucoup pour l'invitation, je m'en réjouis ! Le 10 juin tombe malheureusement sur notre journée de clôture trimestrielle à la banque, que je ne peux pas déplacer. Serait-il possible de venir un autre jour, par exemple la semaine suivante ?

Avec mes excuses et mes meilleures salutations,
Elodie Wasserfall-Mbatha

{le_a_ecrit("mer. 3 juin 2026 à 10:30", "Fondation Terre Vive <noreply@teamtailor-mail.com>")}
> Nous aimerions vous proposer une journée d'essai dans notre équipe, rémunérée, le
> mercredi 10 juin de 9h00 à 16h00, dans nos bureaux de la rue de Lausanne 64 à Genève.""",
))

MESSAGES.append(dict(
    kind=K, name="own_thank_you_after_interview_de", lang="de", company="", contact="",
    mid="limmat-thanks", parent="limmat-move", frm=ME,
    to=[("Regula Hächler", "regula.haechler@limmatbank.example.ch")],
    subject="Vielen Dank für das Gespräch", date="2026-03-06 18:40 +0100",
    cte="quoted-printable",
    text=f"""Liebe Frau Hächler

Herzlichen Dank für das Gespräch von heute Nachmittag und die Zeit, die Sie und Herr Brunner sich genommen haben. Die Einblicke in den Aufbau des Nachhaltigkeitsberichts haben mich in meinem Interesse an der Stelle bestärkt.

Gerne stehe ich für weitere Fragen zur Verfügung.

Freundliche Grüsse
Elodie Wasserfall-Mbatha

--
{SIG_DE}""",
))

MESSAGES.append(dict(
    kind=K, name="own_apology_for_missed_zoom", lang="en", company="", contact="",
    mid="circle-sorry", parent="circle-missed", frm=ME,
    to=[("Sanne Bakker", "sanne.bakker@circlemetrics.example.nl")],
    subject="Sorry about this morning", date="2026-03-26 13:05 +0100",
    text=f"""Hi Sanne,

I'm so sorry about this morning. The Zoom link never reached me: the confirmation went to my old address and I only found it in spam after 11:00. That's entirely on my side and I apologise for wasting your and Joost's time.

If there is any chance to find another slot, I'd be very grateful.

Best regards,
Elodie

{on_wrote("Thu, 26 Mar 2026 at 11:40", "Sanne Bakker <sanne.bakker@circlemetrics.example.nl>")}
> Hi Elodie, we waited for you on Zoom from 11:00 to 11:15 today but you didn't join.
> Is everything OK?""",
))

MESSAGES.append(dict(
    kind=K, name="own_thank_you_note_en", lang="en", company="", contact="",
    mid="kg-thanks", parent="kg-inv", frm=ME,
    to=[("Pieter Hoekstra", "pieter.hoekstra@keizersgracht.example.nl")],
    subject="Thank you – Sustainable Finance Analyst", subj_enc=("utf-8", "q"),
    date="2026-05-14 19:02 +0200", cte="quoted-printable",
    text=f"""Dear Pieter,

Thank you for this afternoon's conversation and for introducing me to Femke. I particularly enjoyed the discussion on how to phase in the PAI indicators for the infrastructure fund.

I remain very interested in the role and happy to share anything else you need.

Best regards,
Elodie

{SIG_EN}""",
))

_alp_cold_q = """Guten Tag Frau Wasserfall-Mbatha

Ich begleite aktuell ein vertrauliches Mandat für eine Versicherung mit Sitz in Bern, die eine Spezialistin oder einen Spezialisten Nachhaltigkeitsreporting sucht."""

MESSAGES.append(dict(
    kind=K, name="own_reply_to_headhunter_with_cv", lang="de", company="", contact="",
    mid="alp-cv", parent="alp-cold", frm=ME,
    to=[("Jonas Rüegg", "jonas.rueegg@alpstein-search.example.ch")],
    subject="AW: Vertrauliches Mandat – Nachhaltigkeitsreporting, Bern",
    subj_enc=("utf-8", "q"), date="2026-07-02 08:15 +0200", cte="quoted-printable",
    text=f"""Guten Tag Herr Rüegg

Vielen Dank für Ihre Nachricht. Das Mandat interessiert mich sehr. Anbei mein Lebenslauf; gerne erfahre ich mehr über die Stelle.

Freundliche Grüsse
Elodie Wasserfall-Mbatha

{am_schrieb("01.07.2026 um 17:48", "Jonas Rüegg <jonas.rueegg@alpstein-search.example.ch>")}
{quote(_alp_cold_q)}""",
    attach=[CV],
))

MESSAGES.append(dict(
    kind=K, name="own_spontaneous_application_fr", lang="fr", company="", contact="",
    mid="cadran-app", frm=ME,
    to=[("Nicolas Bezençon", "nicolas.bezencon@cadran-conseil.example.ch")],
    subject="Candidature spontanée – analyste reporting de durabilité",
    subj_enc=("utf-8", "q"), date="2026-08-18 07:55 +0200", cte="quoted-printable",
    text=f"""Bonjour Monsieur Bezençon,

Je me permets de vous adresser ma candidature spontanée pour un poste d'analyste en reporting de durabilité au sein de Cadran Conseil.

Après neuf ans dans une banque vaudoise, où je m'occupe aujourd'hui des contrôles du back-office crédits, je termine un CAS en finance durable. J'ai suivi vos publications sur la double matérialité et j'aimerais mettre ma connaissance des données bancaires au service de vos mandats.

Vous trouverez mon CV en pièce jointe. Je serais ravie d'en discuter lors d'un entretien, à votre convenance.

Avec mes meilleures salutations,

{SIG_FR}""",
    attach=[CV],
))

MESSAGES.append(dict(
    kind=K, name="own_apology_missed_call_es", lang="es", company="", contact="",
    mid="manz-sorry", parent="manz-missed", frm=ME,
    to=[("Álvaro Sanz", "alvaro.sanz@seguros-manzanares.example.es")],
    subject="Disculpas por la llamada", date="2026-06-11 12:30 +0200", cte="quoted-printable",
    text=f"""Hola Álvaro:

Te pido mil disculpas. Tenía el móvil en silencio por una reunión en la oficina que se alargó y no vi tus llamadas hasta las 11.

Sigo muy interesada en el puesto. ¿Podríamos hablar el lunes 15 o cuando mejor te venga?

Un saludo,
Elodie

{el_escribio("jue, 11 jun 2026 a las 10:19", "Álvaro Sanz (<alvaro.sanz@seguros-manzanares.example.es>)")}
> Te he llamado dos veces a las 10:00, como habíamos quedado, pero no he podido
> localizarte.""",
))

MESSAGES.append(dict(
    kind=K, name="own_thank_you_after_coffee_fr", lang="fr", company="", contact="",
    mid="cadran-thanks", parent="cadran-move", frm=ME,
    to=[("Nicolas Bezençon", "nicolas.bezencon@cadran-conseil.example.ch")],
    subject="Merci pour l'échange de cet après-midi", subj_enc=("utf-8", "b"),
    date="2026-09-03 18:12 +0200", cte="8bit",
    text="""Bonjour Nicolas,

Un grand merci pour l'entretien de cet après-midi et pour le temps que vous et Aline m'avez consacré. Le cas pratique sur l'analyse de double matérialité m'a vraiment donné envie de rejoindre vos mandats.

Je reste à disposition pour tout complément.

Belle soirée,
Elodie""",
))

MESSAGES.append(dict(
    kind=K, name="own_application_amsterdam_en", lang="en", company="", contact="",
    mid="zuidas-app", frm=ME,
    to=[("Emma Roelofs", "emma.roelofs@zuidas-advisors.example.nl")],
    subject="Application – Reporting Analyst (English-speaking)", subj_enc=("utf-8", "q"),
    date="2026-07-30 08:02 +0200",
    text=f"""Dear Ms Roelofs,

Please find attached my application for the Reporting Analyst position advertised on your website.

I have spent nine years in retail and back-office banking in Lausanne and am completing a CAS in Sustainable Finance. Your work on CSRD readiness for mid-sized financial institutions is exactly where I want to contribute, and I am ready to relocate to Amsterdam.

I would welcome the opportunity to discuss my application in an interview.

Kind regards,

{SIG_EN}""",
    attach=[CV],
))

MESSAGES.append(dict(
    kind=K, name="own_reply_to_offer_asking_time", lang="fr", company="", contact="",
    mid="calvin-offer-reply", parent="calvin-offer", frm=ME,
    to=[("Anouk Keller", "anouk.keller@calvin-conseil.example.ch")],
    cc=[("Joëlle Perrenoud", "joelle.perrenoud@calvin-conseil.example.ch")],
    subject="Re: Proposition d'engagement – Analyste reporting durabilité",
    subj_enc=("utf-8", "b"), date="2026-02-20 08:10 +0100", cte="quoted-printable",
    text=f"""Chère Madame Keller,

Un immense merci pour votre offre, qui me touche beaucoup.

Avant de vous répondre, j'aimerais clarifier un point : mon préavis à la banque est de trois mois, ce qui rendrait une entrée au 1er mai difficile. Serait-il envisageable de commencer le 1er juin ? Je vous confirmerai ma décision au plus tard le 27 février.

Avec mes meilleures salutations,
Elodie Wasserfall-Mbatha

{le_a_ecrit("jeu. 19 févr. 2026 à 17:02", "Anouk Keller <anouk.keller@calvin-conseil.example.ch>")}
> Chère Elodie,
>
> Suite à nos entretiens, j'ai le plaisir de vous proposer de rejoindre Calvin
> Durabilité Conseil en qualité d'analyste reporting durabilité, à 100 %, à compter
> du 1er mai 2026.""",
))

MESSAGES.append(dict(
    kind=K, name="own_forward_rejection_to_friend", lang="fr", company="", contact="",
    mid="lem-fwd", frm=ME,
    to=[("Camille Dubuis", "camille.dubuis@mailbox.example.fr")],
    subject="Tr: Votre candidature – Analyste reporting ESG (H/F/D)", subj_enc=("utf-8", "b"),
    date="2026-03-10 21:18 +0100", cte="quoted-printable",
    text="""Coucou Camille,

Je te transfère le mail de Lemarchand (en pièce jointe). Formule toute faite, même pas un entretien...

Tu crois que ça vaut la peine de leur demander un retour sur mon dossier ? Toi qui as fait du recrutement, tu saurais quoi leur écrire ?

Bisous,
Elodie""",
    attach=[{"type": "rfc822", "spec": dict(
        frm=("Horlogerie Lemarchand", "noreply@smartrecruiters.com"),
        subject="Votre candidature – Analyste reporting ESG (H/F/D)",
        subj_enc=("utf-8", "b"), date="2026-03-09 07:15 +0000",
        text=_lem_text, cte="quoted-printable")}],
))

# =========================================================================== cold approaches

MESSAGES.append(dict(
    kind=K, name="headhunter_cold_approach_de", lang="de", company="",
    contact="jonas.rueegg@alpstein-search.example.ch", mid="alp-cold",
    frm=("Jonas Rüegg", "jonas.rueegg@alpstein-search.example.ch"),
    subject="Vertrauliches Mandat – Nachhaltigkeitsreporting, Bern", subj_enc=("utf-8", "q"),
    date="2026-07-01 17:48 +0200", cte="quoted-printable",
    text="""Guten Tag Frau Wasserfall-Mbatha

Ich begleite aktuell ein vertrauliches Mandat für eine Versicherung mit Sitz in Bern, die eine Spezialistin oder einen Spezialisten Nachhaltigkeitsreporting sucht. Ihr Profil auf Linkup mit der Kombination aus Bankpraxis und CAS Sustainable Finance ist mir aufgefallen.

Falls Sie grundsätzlich offen für einen Wechsel sind, würde ich mich über eine kurze Rückmeldung und Ihren aktuellen Lebenslauf freuen. Selbstverständlich behandle ich alles streng vertraulich.

Freundliche Grüsse
Jonas Rüegg
Partner | Alpstein Executive Search
Löwenstrasse 29, 8001 Zürich
+41 44 520 18 60""",
))

MESSAGES.append(dict(
    kind=K, name="recruiter_cold_approach_en", lang="en", company="",
    contact="pim@hollandsetalent.example.nl", mid="hollandse-cold",
    frm=("Pim Dekker", "pim@hollandsetalent.example.nl"),
    subject="Your profile – ESG reporting roles in Amsterdam", subj_enc=("utf-8", "q"),
    date="2026-04-03 10:33 +0200",
    text="""Hi Elodie,

I came across your profile while mapping banking professionals moving into sustainability reporting. I work with a handful of Amsterdam asset managers and insurers who are building CSRD teams this year.

Nothing specific to put in front of you today, but if relocating to the Netherlands is on your radar, I'd be happy to keep you in mind and share what the market looks like. Just reply if you're interested.

Best,
Pim Dekker
Hollandse Talent | Finance & ESG recruitment
+31 6 4821 0937""",
))

MESSAGES.append(dict(
    kind=K, name="headhunter_cold_approach_fr", lang="fr", company="",
    contact="karim@vireo-talent.example.ch", mid="vireo-cold",
    frm=("Karim Benslimane | Vireo Talent", "karim@vireo-talent.example.ch"),
    subject="Approche confidentielle – reporting durabilité", subj_enc=("utf-8", "q"),
    date="2026-06-29 12:05 +0200", cte="quoted-printable",
    text="""Chère Madame Wasserfall-Mbatha,

Je me permets de vous contacter de manière confidentielle. Je travaille sur plusieurs mandats en finance durable sur l'arc lémanique, et votre parcours bancaire associé à votre CAS a retenu mon attention.

Si une évolution vous intéresse, je serais heureux de recevoir votre CV et vos certificats de travail, puis d'en discuter de vive voix.

Bien à vous,

Karim Benslimane
Partner – Finance & Sustainability Search
Vireo Talent
Rue du Rhône 65, 1204 Genève
+41 22 700 31 90""",
))

# =========================================================================== digests

_er_items = [
    ("Analyste reporting durabilité 80-100 % – Banque cantonale, Lausanne",
     "Publié il y a 2 jours · CDI · entretiens prévus dès mi-février",
     "https://emploi-romand.example.ch/offre/118203"),
    ("Spécialiste ESG data – Assurance, Genève",
     "Publié hier · CDI · anglais courant",
     "https://emploi-romand.example.ch/offre/118311"),
    ("Chargé·e de projet RSE – Fondation, Lausanne",
     "Publié il y a 4 jours · CDD 18 mois",
     "https://emploi-romand.example.ch/offre/118077"),
    ("Contrôleur·euse de gestion durabilité – Groupe horloger, Bienne",
     "Publié aujourd'hui · CDI",
     "https://emploi-romand.example.ch/offre/118356"),
    ("Analyste risques climatiques – Gestionnaire de fortune, Genève",
     "Publié il y a 3 jours · CDI",
     "https://emploi-romand.example.ch/offre/118240"),
    ("Conseil : comment relancer un recruteur après un entretien sans paraître insistant",
     "Notre article de la semaine",
     "https://emploi-romand.example.ch/conseils/relancer-apres-entretien"),
]
_er_text = "Bonjour Elodie,\n\nVoici les nouvelles offres correspondant à votre alerte « analyste durabilité – Vaud/Genève ».\n\n" + "\n\n".join(
    f"{h}\n{b}\n{u}" for h, b, u in _er_items) + """

Vous recevez cet e-mail parce que vous avez créé une alerte sur Emploi Romand.
Gérer mes alertes : https://emploi-romand.example.ch/alertes
Se désabonner : https://emploi-romand.example.ch/unsub?u=ewm235"""

MESSAGES.append(dict(
    kind=K, name="job_alert_digest_romandie", lang="fr", company="", contact="",
    mid="er-alert", frm=("Emploi Romand", "alertes@emploi-romand.example.ch"),
    subject="6 nouvelles offres pour « analyste durabilité – Vaud/Genève »",
    subj_enc=("utf-8", "q"), date="2026-02-03 06:30 +0100",
    text=_er_text, cte="quoted-printable",
    html=newsletter_html("Emploi Romand – vos nouvelles offres",
                         "Voici les nouvelles offres correspondant à votre alerte « analyste "
                         "durabilité – Vaud/Genève ».", _er_items,
                         '<a href="https://emploi-romand.example.ch/alertes">Gérer mes alertes</a>'
                         ' · <a href="https://emploi-romand.example.ch/unsub?u=ewm235">'
                         "Se désabonner</a>"),
    html_cte="quoted-printable",
    headers=_list_headers("Alertes Emploi Romand <alertes.emploi-romand.example.ch>",
                          "https://emploi-romand.example.ch/unsub?u=ewm235",
                          "unsubscribe@emploi-romand.example.ch"),
))

_esg_items = [
    ("Rejected after the final round? What to do in the next 48 hours",
     "A hiring manager explains why a short, gracious reply keeps doors open.",
     "https://esgcareers.example.com/p/rejected-final-round"),
    ("Interview season: the 10 questions every CSRD team asks",
     "From double materiality to data lineage, with model answers.",
     "https://esgcareers.example.com/p/csrd-interview-questions"),
    ("Open roles this week: 42 positions in Europe",
     "Including reporting analysts in Amsterdam, Zurich and Madrid.",
     "https://esgcareers.example.com/jobs?week=11"),
    ("Career switchers: from bank teller to ESG analyst",
     "Three readers share how they made the move.",
     "https://esgcareers.example.com/p/career-switchers"),
]
_esg_text = "ESG CAREERS WEEKLY · Issue 87\n\n" + "\n\n".join(
    f"## {h}\n{b}\nRead: {u}" for h, b, u in _esg_items) + """

You're receiving this because you subscribed at esgcareers.example.com.
Unsubscribe: https://esgcareers.example.com/unsubscribe?id=ewm-87"""

MESSAGES.append(dict(
    kind=K, name="newsletter_rejection_and_interview_tips", lang="en", company="", contact="",
    mid="esg-weekly", frm=("ESG Careers Weekly", "newsletter@esgcareers.example.com"),
    subject="Rejected after the final round? + 42 new roles", date="2026-03-12 07:00 +0000",
    text=_esg_text,
    html=newsletter_html("ESG Careers Weekly · Issue 87",
                         "This week: handling rejection, interview prep and 42 open roles.",
                         _esg_items, '<a href="https://esgcareers.example.com/unsubscribe?'
                         'id=ewm-87">Unsubscribe</a>', lang="en", accent="#22577a"),
    headers=_list_headers("ESG Careers Weekly <weekly.esgcareers.example.com>",
                          "https://esgcareers.example.com/unsubscribe?id=ewm-87",
                          "leave-87@esgcareers.example.com"),
))

_sr_items = [
    ("Fachspezialist/in Nachhaltigkeitsreporting - Versicherung, Bern",
     "Neu · 80-100 % · Vorstellungsgespräche ab Mai",
     "https://stellenradar.example.ch/job/55120"),
    ("ESG Analyst (m/w/d) - Privatbank, Zürich", "Neu · 100 %",
     "https://stellenradar.example.ch/job/55133"),
    ("Projektleiter/in Klimaberichterstattung - Energieversorger, Bern", "Neu · 90 %",
     "https://stellenradar.example.ch/job/55098"),
    ("Absage erhalten? So bleiben Sie bei der Stellensuche motiviert",
     "Ratgeber", "https://stellenradar.example.ch/ratgeber/absage-motivation"),
    ("Controller/in Sustainability - Uhrenhersteller, Biel", "Neu · 100 %",
     "https://stellenradar.example.ch/job/55141"),
]
_sr_text = "Guten Tag\n\nIhr Stellenradar hat 4 neue Stellen für «Nachhaltigkeit Zürich/Bern» gefunden.\n\n" + "\n\n".join(
    f"{h}\n{b}\n{u}" for h, b, u in _sr_items) + """

Suchabo verwalten: https://stellenradar.example.ch/abo
Abmelden: https://stellenradar.example.ch/abmelden?t=3f9a"""

MESSAGES.append(dict(
    kind=K, name="job_alert_stellenradar_de", lang="de", company="", contact="",
    mid="sr-alert", frm=("Stellenradar", "alert@stellenradar.example.ch"),
    subject="4 neue Stellen für «Nachhaltigkeit Zürich/Bern»", subj_enc=("iso-8859-1", "q"),
    date="2026-04-15 05:45 +0200", text=_sr_text, charset="iso-8859-1", cte="quoted-printable",
    html=newsletter_html("Stellenradar", "Ihr Suchabo «Nachhaltigkeit Zürich/Bern»",
                         _sr_items, '<a href="https://stellenradar.example.ch/abmelden?t=3f9a">'
                         "Abmelden</a>", lang="de", accent="#b03a2e"),
    html_charset="utf-8",
    headers=_list_headers("Stellenradar Suchabo <abo.stellenradar.example.ch>",
                          "https://stellenradar.example.ch/abmelden?t=3f9a",
                          "abmelden@stellenradar.example.ch"),
))

_ev_items = [
    ("Técnico/a de Reporting de Sostenibilidad – Aseguradora, Madrid",
     "Nueva · indefinido · entrevistas en junio", "https://empleoverde.example.es/oferta/9021"),
    ("Analista ESG – Gestora de fondos, Madrid", "Nueva · híbrido",
     "https://empleoverde.example.es/oferta/9034"),
    ("Consultor/a CSRD – Consultora, Madrid", "Nueva · indefinido",
     "https://empleoverde.example.es/oferta/9040"),
    ("Cinco errores que te cuestan la entrevista", "Consejos",
     "https://empleoverde.example.es/blog/errores-entrevista"),
]
_ev_text = "Hola Elodie:\n\nTenemos nuevas ofertas para tu alerta «Sostenibilidad – Madrid».\n\n" + "\n\n".join(
    f"{h}\n{b}\n{u}" for h, b, u in _ev_items) + """

Darte de baja: https://empleoverde.example.es/baja?c=ewm"""

MESSAGES.append(dict(
    kind=K, name="job_alert_empleo_verde_es", lang="es", company="", contact="",
    mid="ev-alert", frm=("Empleo Verde", "alertas@empleoverde.example.es"),
    subject="Nuevas ofertas: Sostenibilidad – Madrid", subj_enc=("utf-8", "b"),
    date="2026-05-04 08:00 +0200", text=_ev_text, cte="quoted-printable",
    html=newsletter_html("Empleo Verde", "Nuevas ofertas para tu alerta «Sostenibilidad – "
                         "Madrid».", _ev_items, '<a href="https://empleoverde.example.es/baja?'
                         'c=ewm">Darte de baja</a>', lang="es", accent="#2e7d32"),
    headers=_list_headers("<alertas.empleoverde.example.es>",
                          "https://empleoverde.example.es/baja?c=ewm",
                          "baja@empleoverde.example.es"),
))

_fdl_items = [
    ("Entretien : « Les banques vaudoises recrutent des profils hybrides »",
     "La DRH d'un établissement lausannois répond à nos questions.",
     "https://financedurable-leman.example.ch/lettre/juin/entretien-drh"),
    ("Offres du mois : 9 postes en finance durable sur l'arc lémanique",
     "Analystes, chargé·e·s de reporting, gestionnaires ESG.",
     "https://financedurable-leman.example.ch/offres"),
    ("Agenda : apéro réseau du 25 juin à Genève",
     "Inscription gratuite, places limitées.",
     "https://financedurable-leman.example.ch/agenda/apero-juin"),
    ("Ordonnance climat : ce qui change pour les rapports 2026",
     "Notre synthèse en cinq points.",
     "https://financedurable-leman.example.ch/lettre/juin/ordonnance-climat"),
]

MESSAGES.append(dict(
    kind=K, name="newsletter_finance_durable_leman", lang="fr", company="", contact="",
    mid="fdl-news", frm=("Finance Durable Léman", "lettre@financedurable-leman.example.ch"),
    subject="La lettre de juin : entretien, offres du mois et agenda", date="2026-06-10 07:15 +0200",
    html=newsletter_html("Finance Durable Léman – Lettre de juin",
                         "Chère lectrice, cher lecteur,\n\nAu sommaire ce mois-ci : un entretien "
                         "avec une DRH, neuf offres d'emploi et notre apéro réseau.",
                         _fdl_items, 'Vous êtes inscrite à la lettre mensuelle. <a href="https://'
                         'financedurable-leman.example.ch/desinscription?m=ewm">Se désinscrire'
                         "</a>"),
    html_cte="base64",
    headers=_list_headers("Lettre Finance Durable Leman <lettre.financedurable-leman.example.ch>",
                          "https://financedurable-leman.example.ch/desinscription?m=ewm",
                          "desinscription@financedurable-leman.example.ch"),
))

# =========================================================================== notifications

_lu_viewed = """Hi Elodie,

Your application was viewed by Circle Metrics.

ESG Data & Reporting Analyst · Amsterdam, Netherlands (Hybrid)
Applied 6 days ago

People who applied to this job also viewed:
- Sustainability Data Analyst at Verdigris Analytics · Utrecht
- ESG Reporting Associate at Nordlys Pensions · Amsterdam

See your applications: https://www.linkup.example.com/my-items/applied-jobs

This email was intended for Elodie Wasserfall-Mbatha (Sustainability reporting | Banking).
Unsubscribe: https://www.linkup.example.com/e/unsub?type=app_viewed"""

MESSAGES.append(dict(
    kind=K, name="network_application_viewed", lang="en", company="", contact="",
    mid="lu-viewed", frm=("Linkup", "notifications@linkup.example.com"),
    subject="Your application was viewed by Circle Metrics", date="2026-03-16 15:47 +0000",
    text=_lu_viewed,
    html=plain_html(paras(_lu_viewed), "Linkup", "en"),
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
             ("List-Unsubscribe", "<https://www.linkup.example.com/e/unsub?type=app_viewed>")],
))

MESSAGES.append(dict(
    kind=K, name="network_jobs_for_you_fr", lang="fr", company="", contact="",
    mid="lu-jobs", frm=("Linkup", "notifications@linkup.example.com"),
    subject="Elodie, 8 nouvelles offres pour vous à Genève", date="2026-07-06 09:12 +0000",
    html=ats_card("Linkup", "#0a66c2", paras("""Bonjour Elodie,

Ces offres correspondent à vos préférences de recherche : Analyste ESG, Genève, Lausanne.

Analyste reporting ESG – Groupe Valdor · Les Acacias · Candidature simplifiée
Sustainability Officer – Banque privée · Genève · 12 candidats
Chargée de reporting d'impact – ONG · Genève · Promu
Analyste données climat – Assurance · Lausanne · Nouveau

Vous recevez ces notifications car vous avez activé les alertes emploi."""),
        button=("Voir toutes les offres", "https://www.linkup.example.com/jobs/collections/"
                "recommended"),
        footer='<a href="https://www.linkup.example.com/e/unsub?type=jobs">Se désabonner</a>',
        lang="fr"),
    html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
             ("List-Unsubscribe", "<https://www.linkup.example.com/e/unsub?type=jobs>")],
))

MESSAGES.append(dict(
    kind=K, name="network_congratulate_new_position", lang="en", company="", contact="",
    mid="lu-congrats", frm=("Linkup", "notifications@linkup.example.com"),
    subject="Congratulate Tom Brügger on his new position", subj_enc=("utf-8", "q"),
    date="2026-09-09 11:30 +0000",
    text="""Tom Brügger started a new position as Partner at Zytglogge Consulting.

Say congrats: https://www.linkup.example.com/feed/update/urn:li:activity:7023

Also in your network:
- Noor Haddad shared an article: "What interviewing 60 ESG analysts taught me"
- 3 people viewed your profile this week

Unsubscribe: https://www.linkup.example.com/e/unsub?type=network""",
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
))

# =========================================================================== advice articles

MESSAGES.append(dict(
    kind=K, name="career_advice_after_refusal_fr", lang="fr", company="", contact="",
    mid="cs-article", frm=("Carrières & Sens", "bonjour@carrieres-sens.example.fr"),
    subject="Comment rebondir après un refus (et pourquoi ce n'est pas personnel)",
    subj_enc=("utf-8", "q"), date="2026-08-12 07:30 +0200", cte="quoted-printable",
    text="""Bonjour,

Cette semaine, on parle de ce mail que tout le monde redoute : « Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. »

1. Laissez passer 24 heures
Un refus après trois entretiens pique. Avant de répondre, prenez du recul.

2. Répondez quand même
Un court message de remerciement laisse une excellente impression. Plusieurs de nos lectrices ont été recontactées des mois plus tard pour un autre poste.

3. Demandez un retour précis
« Qu'est-ce qui a fait la différence avec la personne retenue ? » est une question légitime, surtout après un entretien final.

4. Relisez vos notes d'entretien
Quelles questions vous ont mise en difficulté ? Préparez-les pour la prochaine fois.

Lire l'article complet : https://carrieres-sens.example.fr/articles/rebondir-apres-un-refus

À la semaine prochaine,
L'équipe Carrières & Sens

Vous recevez cette lettre car vous êtes abonnée. Se désabonner : https://carrieres-sens.example.fr/desabonnement""",
    headers=_list_headers("Carrieres et Sens <hebdo.carrieres-sens.example.fr>",
                          "https://carrieres-sens.example.fr/desabonnement",
                          "desabonnement@carrieres-sens.example.fr"),
))

MESSAGES.append(dict(
    kind=K, name="career_advice_interview_questions_en", lang="en", company="", contact="",
    mid="rd-article", frm=("The Reporting Desk", "hello@reportingdesk.example.com"),
    subject="5 questions to expect in your sustainability reporting interview",
    date="2026-05-25 12:00 +0000",
    html=plain_html("""<h1>5 questions to expect in your sustainability reporting interview</h1>
<p>Hiring managers told us what they ask career changers, and what they hope to hear.</p>
<ol>
<li><b>Walk me through a double materiality assessment.</b> Show the process, not the jargon.</li>
<li><b>How would you check a supplier's emissions figure?</b> Think like an auditor.</li>
<li><b>Tell me about a time a deadline slipped.</b> They are testing how you escalate.</li>
<li><b>What's the difference between ESRS E1 and TCFD?</b> Keep it short.</li>
<li><b>Why leave banking?</b> Frame it as a move toward something.</li>
</ol>
<p>And if you get the dreaded "we've decided not to move forward" email, read <a href="https://reportingdesk.example.com/p/after-no">our guide to turning a no into a network</a>.</p>
<p><a href="https://reportingdesk.example.com/p/five-questions">Read in browser</a> · <a href="https://reportingdesk.example.com/unsubscribe?u=4471">Unsubscribe</a></p>""",
                    "The Reporting Desk", "en"),
    html_cte="quoted-printable",
    headers=_list_headers("The Reporting Desk <reportingdesk.substack.example.com>",
                          "https://reportingdesk.example.com/unsubscribe?u=4471",
                          "unsubscribe@reportingdesk.example.com"),
))

MESSAGES.append(dict(
    kind=K, name="career_advice_competency_interview_es", lang="es", company="", contact="",
    mid="tv-blog", frm=("Blog Talento Verde", "boletin@talentoverde.example.es"),
    subject="Cómo preparar una entrevista por competencias", subj_enc=("iso-8859-1", "q"),
    date="2026-09-14 09:00 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Hola:

En el boletín de esta semana te contamos cómo preparar una entrevista por competencias, el formato que usan casi todas las grandes empresas en Madrid.

- Usa el método STAR: situación, tarea, acción y resultado.
- Prepara tres ejemplos reales de trabajo en equipo, gestión de plazos y resolución de conflictos.
- Si te rechazan, pide siempre feedback: es la mejor forma de mejorar para la próxima entrevista.

Lee el artículo completo: https://talentoverde.example.es/blog/entrevista-competencias

Si no quieres recibir más correos, date de baja aquí: https://talentoverde.example.es/baja""",
    headers=_list_headers("Boletin Talento Verde <boletin.talentoverde.example.es>",
                          "https://talentoverde.example.es/baja",
                          "baja@talentoverde.example.es"),
))

# =========================================================================== requests

MESSAGES.append(dict(
    kind=K, name="podcast_interview_request_fr", lang="fr", company="",
    contact="noemie@podcast-virage.example.ch", mid="virage-ask",
    frm=("Noémie Sauthier", "noemie@podcast-virage.example.ch"), frm_enc=("utf-8", "b"),
    subject="Invitation au micro de « Virage », le podcast des reconversions",
    subj_enc=("utf-8", "q"), date="2026-04-02 14:10 +0200", cte="quoted-printable",
    text="""Bonjour Elodie,

Je produis « Virage », un podcast romand qui donne la parole à des personnes en pleine reconversion. Votre post sur le passage du guichet bancaire au reporting de durabilité m'a beaucoup touchée.

Accepteriez-vous une interview d'environ 40 minutes pour un de nos prochains épisodes ? L'enregistrement se fait dans notre petit studio à Lausanne (Flon) ou à distance, à la date qui vous arrange en mai.

Aucune obligation, bien sûr. Je vous envoie volontiers quelques épisodes pour vous faire une idée.

Belle journée,
Noémie Sauthier
Productrice, Virage
+41 78 604 12 55""",
))

MESSAGES.append(dict(
    kind=K, name="press_interview_request_en", lang="en", company="",
    contact="l.brandsma@afweekly.example.nl", mid="afw-ask",
    frm=("Lotte Brandsma", "l.brandsma@afweekly.example.nl"),
    subject="Interview request: career switchers in sustainable finance",
    date="2026-08-06 10:02 +0200",
    text="""Dear Ms Wasserfall-Mbatha,

I'm a reporter at Amsterdam Finance Weekly, working on a feature about people moving from traditional banking jobs into sustainability reporting across Europe.

Would you be willing to do a 20-minute phone interview with me next week? I'd like to hear about your experience of applying for these roles. You can remain anonymous if you prefer.

Best regards,
Lotte Brandsma
Reporter, Amsterdam Finance Weekly
+31 6 1945 3302""",
))

MESSAGES.append(dict(
    kind=K, name="user_research_interview_en", lang="en", company="",
    contact="mira.okafor@jobtrail.example.com", mid="jobtrail-ux",
    frm=("Mira Okafor", "mira.okafor@jobtrail.example.com"),
    subject="Help us improve Jobtrail: 30-minute interview (€40 voucher)",
    subj_enc=("utf-8", "b"), date="2026-05-28 16:20 +0200", cte="quoted-printable",
    text="""Hi Elodie,

I'm a user researcher at Jobtrail. You've used our application tracker for a few months, and we'd love to learn how you manage your job search: interviews, follow-ups, rejections and everything in between.

Would you join a 30-minute video interview with me? As a thank-you, we offer a €40 voucher.

Book a slot that suits you: https://research.jobtrail.example.com/book/mira

This is research, not a job interview, so there are no wrong answers!

Thanks,
Mira Okafor
Senior User Researcher, Jobtrail""",
))

MESSAGES.append(dict(
    kind=K, name="user_research_banking_app_fr", lang="fr", company="",
    contact="julien.mottier@lemanpay.example.ch", mid="lemanpay-ux",
    frm=("Julien Mottier – Léman Pay", "julien.mottier@lemanpay.example.ch"),
    frm_enc=("utf-8", "q"),
    subject="Participez à un entretien utilisateur (45 min)", date="2026-09-25 11:45 +0200",
    html=plain_html(paras("""Bonjour Elodie,

Vous utilisez Léman Pay depuis plus d'un an, et votre avis nous intéresse !

Nous préparons une nouvelle fonction de budget et cherchons quelques utilisatrices pour un entretien utilisateur de 45 minutes, en visio ou dans nos locaux de la rue de Genève à Lausanne. En remerciement, nous créditons CHF 50.- sur votre compte.

Si vous êtes partante, répondez simplement à cet e-mail avec deux ou trois créneaux la semaine prochaine.

Merci d'avance,
Julien Mottier
Design Research, Léman Pay"""), "Entretien utilisateur", "fr"),
    html_cte="quoted-printable",
))

# =========================================================================== deliveries, GPS

MESSAGES.append(dict(
    kind=K, name="parcel_delayed_unfortunately", lang="fr", company="", contact="",
    mid="colis-retard", frm=("Colis Léman", "no-reply@colis-leman.example.ch"),
    subject="Malheureusement, votre colis a du retard", date="2026-03-19 08:14 +0100",
    html=ats_card("Colis Léman", "#e67e22", paras("""Bonjour,

Malheureusement, votre colis n° 99.34.112076.44318902 ne pourra pas être livré aujourd'hui comme prévu. En raison d'un problème au centre de tri d'Éclépens, la livraison est reportée au lundi 23 mars.

Aucune action n'est requise de votre part. Vous pouvez choisir un autre lieu de livraison depuis le suivi en ligne."""),
        button=("Suivre mon colis", "https://colis-leman.example.ch/suivi/99.34.112076"),
        footer="Message automatique, merci de ne pas répondre.", lang="fr"),
    html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=K, name="gps_position_shared", lang="en", company="", contact="",
    mid="trailmate-pos", frm=("TrailMate", "notifications@trailmate.example.com"),
    subject="Your live position has been shared with 2 contacts", date="2026-08-23 07:02 +0000",
    text="""Hi Elodie,

You started a hike with live tracking. Your current position (46.4312 N, 7.1035 E, 1,842 m, near Col de Jaman) is now visible to:
- Camille D.
- Thomas W.

Your position will update every 5 minutes until you stop the activity.

Have a great hike!
The TrailMate team

Manage sharing: https://app.trailmate.example.com/live/settings""",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=K, name="parcel_delayed_de", lang="de", company="", contact="",
    mid="paket-verz", frm=("Paketblitz", "noreply@paketblitz.example.de"),
    subject="Leider verzögert sich Ihre Sendung", date="2026-10-01 12:20 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag

Leider verzögert sich die Zustellung Ihrer Sendung 00340434 7719 2245 81 aufgrund einer Verzollung an der Grenze Basel.

Neuer voraussichtlicher Zustelltermin: Montag, 5. Oktober 2026.

Wir bitten um Entschuldigung für die Unannehmlichkeiten.

Ihr Paketblitz-Team
Sendungsverfolgung: https://paketblitz.example.de/track/003404347719224581""",
    headers=[("Auto-Submitted", "auto-generated")],
))

# =========================================================================== private mail

MESSAGES.append(dict(
    kind=K, name="friend_tells_own_rejection_fr", lang="fr", company="",
    contact="camille.dubuis@mailbox.example.fr", mid="camille-story", parent="lem-fwd",
    frm=("Camille Dubuis", "camille.dubuis@mailbox.example.fr"),
    subject="Re: Tr: Votre candidature – Analyste reporting ESG (H/F/D)",
    subj_enc=("utf-8", "b"), date="2026-03-22 20:47 +0100", cte="8bit",
    text=f"""Ma belle,

Pardon pour le retard, semaine de fou. Oui, demande un retour, deux phrases polies suffisent, je te fais un brouillon ce week-end.

Et pour te consoler : moi aussi je me suis pris un refus jeudi, pour le poste chez l'assureur d'Annecy dont je t'avais parlé. Trois entretiens, un cas pratique, et au final « nous avons choisi une candidature interne ». J'ai pleuré dans le tram, puis j'ai mangé une raclette, ça va mieux.

On se voit samedi au marché ?

Camille

{le_a_ecrit("mar. 10 mars 2026 à 21:18", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
> Coucou Camille,
>
> Je te transfère le mail de Lemarchand (en pièce jointe). Formule toute faite,
> même pas un entretien...""",
))

MESSAGES.append(dict(
    kind=K, name="friend_tells_own_rejection_es", lang="es", company="",
    contact="nuria.pastor@correo.example.es", mid="nuria-story",
    frm=("Nuria Pastor", "nuria.pastor@correo.example.es"),
    subject="Ya te cuento...", date="2026-05-16 23:05 +0200", cte="quoted-printable",
    text="""¡Hola guapa!

¿Qué tal por Lausana? Te escribo porque me preguntabas por lo del banco: al final me han dicho que no, después de tres entrevistas y una prueba técnica. Me llamó la de Recursos Humanos y me soltó que "buscaban un perfil más senior". Tres entrevistas para eso...

Bueno, ya se me ha pasado. ¿Y tú? ¿Sigues con lo de Madrid? Si vienes para alguna entrevista, te quedas en casa, que tengo el sofá cama nuevo.

Besos,
Nuria""",
))

MESSAGES.append(dict(
    kind=K, name="friend_tells_own_rejection_en", lang="en", company="",
    contact="hannah.okoye@mail.example.nl", mid="hannah-story",
    frm=("Hannah Okoye", "hannah.okoye@mail.example.nl"),
    subject="so... that job", date="2026-09-30 21:33 +0200",
    text="""Elodie!

Remember the pension fund job I was so excited about? They emailed today: "the position has been put on hold and we will not proceed with your application at this time." After a final interview with the CEO! I'm gutted.

Anyway, enough moaning. How did your interviews go last week? And are you still thinking about Amsterdam? There's a room free in my building from December, just saying.

Call me this weekend?
H. x""",
))

# =========================================================================== look-alikes

MESSAGES.append(dict(
    kind=K, name="bank_position_statement", lang="fr", company="", contact="",
    mid="bad-position", frm=("Banque Alpine Directe", "e-banking@alpine-directe.example.ch"),
    subject="Votre relevé de position au 31.03.2026 est disponible",
    subj_enc=("iso-8859-1", "q"), date="2026-04-01 06:02 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Le relevé de position de votre dépôt titres n° 4410-889-2 au 31.03.2026 est disponible dans votre e-banking, rubrique Documents.

Votre conseillère, Mme Nathalie Girardet, vous propose un rendez-vous pour faire le point sur vos placements durables. Vous pouvez réserver un entretien directement en ligne.

Ceci est un message automatique. Pour des raisons de sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Banque Alpine Directe""",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=K, name="landlord_boiler_service_appointment", lang="fr", company="",
    contact="i.gay@regieduflon.example.ch", mid="regie-chaudiere",
    frm=("Isabelle Gay - Régie du Flon", "i.gay@regieduflon.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Av. de Cour 41 – entretien annuel de la chaudière", subj_enc=("utf-8", "q"),
    date="2026-02-12 09:40 +0100", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous vous informons que l'entretien annuel de la chaudière et le relevé des compteurs auront lieu le mardi 24 février 2026 entre 8h00 et 12h00.

Le technicien de l'entreprise Chauffage Rochat devra accéder à votre appartement (4e étage). En cas d'absence, merci de déposer une clé chez la concierge, Mme Favre, ou de nous proposer un autre rendez-vous avant le 20 février.

Nous vous remercions de votre collaboration et vous prions d'agréer, Madame, nos salutations distinguées.

Isabelle Gay
Gérante d'immeubles
Régie du Flon
Rue de Genève 17, 1003 Lausanne
021 320 14 40""",
))

MESSAGES.append(dict(
    kind=K, name="doctor_appointment_cancelled", lang="fr", company="",
    contact="secretariat@cabinet-chauderon.example.ch", mid="cabinet-rdv",
    frm=("Cabinet médical de Chauderon", "secretariat@cabinet-chauderon.example.ch"),
    frm_enc=("iso-8859-1", "b"),
    subject="Votre rendez-vous du 12 mai est annulé", subj_enc=("utf-8", "q"),
    date="2026-05-07 14:22 +0200", cte="quoted-printable",
    text="""Bonjour Madame Wasserfall-Mbatha,

En raison d'une absence imprévue du Dr Morel, votre rendez-vous du mardi 12 mai à 16h15 est malheureusement annulé.

Nous vous proposons de le reporter au mardi 19 mai à 16h15. Merci de nous confirmer par retour de mail ou par téléphone si cette date vous convient.

Meilleures salutations,

Le secrétariat
Cabinet médical de Chauderon
Place Chauderon 3, 1003 Lausanne
021 312 58 70""",
))

MESSAGES.append(dict(
    kind=K, name="language_school_placement_interview", lang="de", company="",
    contact="u.lehmann@baerengraben-sprachen.example.ch", mid="sprachschule",
    frm=("Ursula Lehmann", "u.lehmann@baerengraben-sprachen.example.ch"),
    subject="Einstufungsgespräch Deutschkurs C1", date="2026-01-19 13:15 +0100",
    cte="quoted-printable",
    text="""Liebe Frau Wasserfall-Mbatha

Vielen Dank für Ihre Anmeldung zum Deutschkurs C1 (Wirtschaftsdeutsch, samstags).

Bevor wir Sie einer Klasse zuteilen, führen wir mit allen Teilnehmenden ein kurzes Einstufungsgespräch. Ihr Termin: Samstag, 24. Januar, 10.00 Uhr, bei uns an der Gerechtigkeitsgasse 30 in Bern, 2. Stock. Das Gespräch dauert etwa 20 Minuten.

Falls Ihnen der Termin nicht passt, melden Sie sich bitte bei mir.

Herzliche Grüsse
Ursula Lehmann
Kursadministration
Sprachschule Bärengraben""",
))

MESSAGES.append(dict(
    kind=K, name="employer_annual_review_request", lang="fr", company="",
    contact="olivier.chevalley@riviera-banque.example.ch", mid="riviera-review",
    frm=("Chevalley Olivier", "olivier.chevalley@riviera-banque.example.ch"),
    subject="Entretien annuel d'évaluation 2025", subj_enc=("utf-8", "q"),
    date="2026-01-27 08:55 +0100", cte="quoted-printable",
    text="""Salut Elodie,

Comme chaque année, je te propose notre entretien annuel d'évaluation, jeudi 5 février de 14h à 15h30 en salle Ouchy (2e étage). L'invitation suit.

Merci de remplir ton autoévaluation dans l'outil RH avant le 3 février. On pourra aussi parler de tes objectifs de formation et de ton envie d'évoluer vers la finance durable.

À bientôt,
Olivier

Olivier Chevalley
Responsable Back-office Crédits
Banque Riviera Vaudoise | Place Saint-François 9 | 1003 Lausanne""",
    cal=ics("REQUEST", "riviera-eae-2025-ewm@riviera-banque.example.ch", "2026-02-05 14:00",
            "2026-02-05 15:30", "Entretien annuel d'évaluation – Elodie",
            ("Chevalley Olivier", "olivier.chevalley@riviera-banque.example.ch"),
            location="Salle Ouchy, 2e étage"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

MESSAGES.append(dict(
    kind=K, name="hotel_booking_madrid", lang="es", company="",
    contact="carmen.ruiz@hotellavapies.example.es", mid="hotel-madrid",
    frm=("Carmen Ruiz", "carmen.ruiz@hotellavapies.example.es"),
    subject="Confirmación de su reserva 26–28 de junio", subj_enc=("utf-8", "q"),
    date="2026-06-20 10:05 +0200", cte="quoted-printable",
    text="""Estimada Sra. Wasserfall-Mbatha:

Le confirmamos su reserva del 26 al 28 de junio (2 noches, habitación doble de uso individual).

Lamentablemente, la habitación con vistas a la plaza que solicitó no estará disponible; le hemos asignado una habitación interior, más tranquila, con un 10 % de descuento.

Si viaja por trabajo, disponemos de una pequeña sala de reuniones que puede reservar por horas.

Un cordial saludo,
Carmen Ruiz
Recepción · Hotel Lavapiés Boutique
Calle de Argumosa 14, 28012 Madrid""",
))

MESSAGES.append(dict(
    kind=K, name="apartment_viewing_cancelled_de", lang="de", company="",
    contact="reto.aebischer@laenggass-immo.example.ch", mid="besichtigung",
    frm=("Reto Aebischer", "reto.aebischer@laenggass-immo.example.ch"),
    subject="Besichtigung Länggassstrasse 52: Termin abgesagt", subj_enc=("iso-8859-1", "b"),
    date="2026-08-05 16:45 +0200", charset="iso-8859-1", cte="8bit",
    text="""Guten Tag Frau Wasserfall-Mbatha

Leider muss ich die Besichtigung der 3-Zimmer-Wohnung an der Länggassstrasse 52 vom Samstag absagen: Der Vormieter hat seine Kündigung zurückgezogen.

Sobald eine vergleichbare Wohnung frei wird, melde ich mich gerne bei Ihnen mit einem neuen Termin.

Freundliche Grüsse
Reto Aebischer
Bewirtschaftung, Länggass Immobilien
Mittelstrasse 6, 3012 Bern""",
))

# =========================================================================== auto-replies

MESSAGES.append(dict(
    kind=K, name="out_of_office_fr", lang="fr", company="",
    contact="joelle.perrenoud@calvin-conseil.example.ch", mid="calvin-ooo",
    parent="calvin-offer-reply",
    frm=("Joëlle Perrenoud", "joelle.perrenoud@calvin-conseil.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Réponse automatique : Re: Proposition d'engagement – Analyste reporting durabilité",
    subj_enc=("utf-8", "b"), date="2026-02-20 08:10 +0100", charset="windows-1252",
    cte="quoted-printable",
    text="""Bonjour,

Je suis absente jusqu’au lundi 2 mars inclus, sans accès à mes e-mails.

Pour toute question relative à une candidature ou à un entretien en cours, merci de vous adresser à recrutement@calvin-conseil.example.ch.

Joëlle Perrenoud""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

MESSAGES.append(dict(
    kind=K, name="out_of_office_en", lang="en", company="",
    contact="pieter.hoekstra@keizersgracht.example.nl", mid="kg-ooo", parent="kg-thanks",
    frm=("Pieter Hoekstra", "pieter.hoekstra@keizersgracht.example.nl"),
    subject="Automatic reply: Thank you – Sustainable Finance Analyst", subj_enc=("utf-8", "q"),
    date="2026-05-14 19:02 +0200",
    text="""Thank you for your message. I am out of the office until Monday 18 May with limited access to email.

For urgent matters regarding interviews or recruitment, please contact recruiting@keizersgracht.example.nl.

Kind regards,
Pieter Hoekstra""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

MESSAGES.append(dict(
    kind=K, name="out_of_office_es", lang="es", company="",
    contact="lucia.ferrandiz@bancomeseta.example.es", mid="meseta-ooo", parent="meseta-cancel",
    frm=("Lucía Ferrándiz", "lucia.ferrandiz@bancomeseta.example.es"),
    frm_enc=("iso-8859-1", "b"),
    subject="Respuesta automática: Cancelada: Entrevista - Analista de Reporting ESG",
    subj_enc=("utf-8", "q"), date="2026-04-21 09:15 +0200", cte="quoted-printable",
    text="""Gracias por tu mensaje.

Estoy fuera de la oficina hasta el 27 de abril. Para cualquier asunto relacionado con procesos de selección, escribe a seleccion@bancomeseta.example.es.

Un saludo,
Lucía Ferrándiz""",
    headers=[("Auto-Submitted", "auto-replied")],
))

# =========================================================================== study refusals

MESSAGES.append(dict(
    kind=K, name="cas_admission_refused_fr", lang="fr", company="",
    contact="admissions@heg-leman.example.ch", mid="heg-refus",
    frm=("Service des admissions HEG Léman", "admissions@heg-leman.example.ch"),
    frm_enc=("utf-8", "q"),
    subject="Votre candidature au CAS Reporting de durabilité", date="2026-06-26 15:00 +0200",
    cte="quoted-printable",
    text="""Madame,

Nous vous remercions de votre candidature au CAS Reporting de durabilité, volée 2026-2027.

Le nombre de places étant limité à 24 participant·e·s, la commission d'admission a dû opérer une sélection. Nous regrettons de vous informer que nous ne pouvons pas retenir votre candidature pour cette volée. Vous figurez toutefois en 3e position sur la liste d'attente.

Nous vous recontacterons si une place se libère d'ici au 15 août.

Avec nos meilleures salutations,

Service des admissions
HEG Léman – Formation continue
Route de Berne 41, 1010 Lausanne""",
))

MESSAGES.append(dict(
    kind=K, name="certificate_cohort_full_en", lang="en", company="", contact="",
    mid="esga-refusal", frm=("ESG Academy Admissions", "no-reply@esgacademy.example.org"),
    subject="Your application to the Certificate in Sustainability Reporting",
    date="2026-02-10 11:00 +0000",
    html=ats_card("ESG Academy", "#4a148c", paras("""Dear Elodie,

Thank you for applying to the Spring 2026 cohort of the Certificate in Sustainability Reporting.

We received many more applications than places this term, and we are unable to offer you a place in this cohort. You have been added to the waiting list, and your application will automatically roll over to the Autumn cohort.

With best wishes,
ESG Academy Admissions"""), footer="Please do not reply to this automated email.", lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=K, name="master_not_admitted_es", lang="es", company="",
    contact="admisiones@enprado.example.es", mid="prado-refus",
    frm=("Admisiones EN Prado", "admisiones@enprado.example.es"),
    subject="Resolución de admisión – Máster en Finanzas Sostenibles", subj_enc=("utf-8", "b"),
    date="2026-07-22 12:30 +0200", cte="quoted-printable",
    text="""Estimada Elodie:

Tras estudiar tu solicitud para el Máster en Finanzas Sostenibles (edición septiembre 2026), lamentamos comunicarte que el comité de admisiones no ha podido ofrecerte una plaza en esta edición.

El número de solicitudes ha superado ampliamente las plazas disponibles. Te animamos a presentar tu candidatura para la edición de febrero.

Atentamente,
Oficina de Admisiones
Escuela de Negocios Prado · Paseo del Prado 28, 28014 Madrid""",
))

# =========================================================================== agency/job-fair mail

_re_news = [
    ("Nos offres de la semaine : 12 postes en banque et assurance",
     "Dont trois postes de reporting ESG à Lausanne et Genève.",
     "https://rhone-emploi.example.ch/offres"),
    ("3 conseils pour votre entretien vidéo",
     "Lumière, connexion, et la question piège de la fin.",
     "https://rhone-emploi.example.ch/conseils/entretien-video"),
    ("Témoignage : « Refusée deux fois, engagée la troisième »",
     "Sarah raconte comment elle a transformé deux refus en une embauche.",
     "https://rhone-emploi.example.ch/blog/temoignage-sarah"),
]

MESSAGES.append(dict(
    kind=K, name="agency_newsletter_fr", lang="fr", company="", contact="",
    mid="rhone-news", frm=("Rhône Emploi", "newsletter@rhone-emploi.example.ch"),
    subject="La lettre Rhône Emploi – mars 2026", subj_enc=("windows-1252", "q"),
    date="2026-03-25 07:00 +0100",
    text="La lettre Rhône Emploi – mars 2026\n\n" + "\n\n".join(
        f"{h}\n{b}\n{u}" for h, b, u in _re_news)
    + "\n\nSe désinscrire : https://rhone-emploi.example.ch/newsletter/stop?e=ewm",
    cte="quoted-printable",
    html=newsletter_html("La lettre Rhône Emploi – mars 2026", "Bonjour,\n\nVoici notre "
                         "sélection du mois.", _re_news,
                         '<a href="https://rhone-emploi.example.ch/newsletter/stop?e=ewm">'
                         "Se désinscrire</a>", accent="#0e4d64"),
    headers=_list_headers("Newsletter Rhone Emploi <news.rhone-emploi.example.ch>",
                          "https://rhone-emploi.example.ch/newsletter/stop?e=ewm",
                          "stop@rhone-emploi.example.ch"),
))

MESSAGES.append(dict(
    kind=K, name="job_fair_registration_publish_ics", lang="fr", company="", contact="",
    mid="forum-inscr", frm=("Forum Emploi Durable Genève", "no-reply@forum-emploi-durable.example.ch"),
    subject="Inscription confirmée – Forum Emploi Durable, 8 octobre", subj_enc=("utf-8", "q"),
    date="2026-09-05 10:10 +0200", cte="quoted-printable",
    text="""Bonjour Elodie,

Votre inscription au Forum Emploi Durable Genève est confirmée.

Jeudi 8 octobre 2026, de 10h00 à 18h00, Palexpo, halle 7.

Une quarantaine d'employeurs (banques, assurances, ONG, cabinets de conseil) seront présents. Des « speed interviews » de 10 minutes peuvent être réservés sur place, dès l'ouverture.

Vous trouverez ci-joint l'événement à ajouter à votre agenda.

L'équipe du Forum""",
    attach=[ics("PUBLISH", "forum-emploi-durable-2026@forum-emploi-durable.example.ch",
                "2026-10-08 10:00", "2026-10-08 18:00", "Forum Emploi Durable Genève",
                ("Forum Emploi Durable", "no-reply@forum-emploi-durable.example.ch"),
                location="Palexpo, halle 7, Genève", name="forum.ics")],
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=K, name="webinar_interview_skills_confirmation", lang="fr", company="", contact="",
    mid="webinaire", frm=("Carrières & Sens – Webinaires", "webinaires-noreply@carrieres-sens.example.fr"),
    subject="Votre place est réservée : « Réussir son entretien en finance durable »",
    subj_enc=("utf-8", "b"), date="2026-10-05 18:00 +0200", cte="base64",
    text="""Bonjour Elodie,

Merci pour votre inscription ! Votre place est réservée pour le webinaire « Réussir son entretien en finance durable ».

Date : mardi 13 octobre 2026, 12h30 – 13h30 (heure de Paris)
Lien de connexion : https://live.carrieres-sens.example.fr/w/entretien-finance-durable

Au programme : les questions classiques des recruteurs, comment parler de sa reconversion, et que faire après un refus.

À mardi !
L'équipe Carrières & Sens""",
    headers=[("Auto-Submitted", "auto-generated")],
))

assert len(MESSAGES) == 52, len(MESSAGES)
for _m in MESSAGES:
    _m.setdefault("to", [ME])
