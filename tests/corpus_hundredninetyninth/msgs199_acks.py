"""Corpus 199: application acknowledgements (21) and offers (10), hand-written."""

from __future__ import annotations

from msgs199_common import (
    CAND_SIG_FR,
    ats_card,
    outlook,
    outlook_html,
    plain_html,
    quote,
    reply,
    text_to_html,
)

# ----------------------------------------------------------------------------- received

_a01_html = (
    "<p>Bonjour Gwendal,</p>\n"
    "<p>Merci pour votre candidature au poste de <b>Planificateur de production (H/F/X)</b> "
    "à Jambes. Elle a bien été enregistrée.</p>\n"
    "<p>Notre équipe examine chaque dossier avec attention. Malheureusement, vu le nombre de "
    "candidatures, nous ne pouvons pas répondre individuellement à chaque candidat·e : si "
    "votre profil correspond, nous prendrons contact avec vous dans les trois semaines.</p>\n"
    "<p>En attendant, découvrez nos métiers sur notre page carrière.</p>\n"
    "<p>Belle journée,<br>L'équipe RH des Biscuits du Confluent</p>"
)

_a07_html = outlook_html(
    "<p>Bonjour Monsieur Moreau-Achebe,</p>\n"
    "<p>Nous accusons bonne réception de votre candidature au poste de planificateur de "
    "production H/F (réf. PF-PLA-02) et vous en remercions.</p>\n"
    "<p>Votre dossier est en cours d'étude par nos équipes. Nous reviendrons vers vous "
    "rapidement pour vous informer de la suite.</p>\n"
    "<p>Cordialement,</p>\n"
    "<p>Service Recrutement<br>Pâtisseries Flandrines<br>18 rue du Molinel, 59800 Lille</p>"
)

_a10_app = """Monsieur Collard,

Cuisinier depuis onze ans, dont six en cuisine de collectivité à Namur, je souhaite
évoluer vers la planification de production dans l'agroalimentaire. Votre siroperie, qui
grandit tout en restant artisanale, m'attire particulièrement.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Gwendal Moreau-Achebe"""

_a16_text = """Hallo Gwendal Moreau-Achebe,

vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d) bei der Rheinischen Feinkost
Brügelmann. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen
bei Ihnen. Bitte sehen Sie bis dahin von Rückfragen zum Bearbeitungsstand ab.

Viele Grüße
Ihr Personal-Team der Rheinischen Feinkost Brügelmann

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht
gelesen."""

RECEIVED: list[dict] = [
    # ---------------------------------------------------------------- fr (10)
    dict(
        kind="application_received", name="confluent_teamtailor_no_individual_reply",
        lang="fr", company="Les Biscuits du Confluent", contact="",
        frm=("Les Biscuits du Confluent", "no-reply@teamtailor-mail.com"),
        subj="Merci pour votre candidature !",
        date="2026-02-09 21:33 +0100", key="confluent-ack",
        hdrs=[("Auto-Submitted", "auto-generated"),
              ("List-Unsubscribe", "<https://app.teamtailor.example.com/unsubscribe/c/88412>")],
        text="""Bonjour Gwendal,

Merci pour votre candidature au poste de Planificateur de production (H/F/X) à Jambes. Elle
a bien été enregistrée.

Notre équipe examine chaque dossier avec attention. Malheureusement, vu le nombre de
candidatures, nous ne pouvons pas répondre individuellement à chaque candidat·e : si votre
profil correspond, nous prendrons contact avec vous dans les trois semaines.

En attendant, découvrez nos métiers sur notre page carrière.

Belle journée,
L'équipe RH des Biscuits du Confluent""",
        html=ats_card("Les Biscuits du Confluent", "#a16207", _a01_html,
                      "Envoyé avec Teamtailor · Ne répondez pas à ce message.", lang="fr"),
        cte="quoted-printable",
    ),
    dict(
        kind="application_received", name="ims_inscription_validee", lang="fr",
        company="Intérim Meuse & Sambre", contact="kevin.lardinois@ims-interim.example.be",
        frm=("Kevin Lardinois", "kevin.lardinois@ims-interim.example.be"),
        subj="Votre inscription chez Intérim Meuse & Sambre",
        date="2026-01-19 16:12 +0100", key="ims-ack",
        text="""Bonjour Gwendal,

Merci d'être passé à l'agence ce matin. Votre inscription est validée : vous faites
désormais partie de nos candidats pour les fonctions en production alimentaire
(assistant planning, chef d'équipe, préparateur de commandes) dans la région de Charleroi
et de la Basse-Sambre.

Pour compléter votre dossier, pouvez-vous m'envoyer :
- une copie recto-verso de votre carte d'identité ;
- votre numéro de compte bancaire ;
- votre attestation HACCP si vous l'avez.

Je vous appelle dès qu'un client correspond à votre profil.

Kevin Lardinois
Consultant – Intérim Meuse & Sambre
Boulevard Tirou 88, 6000 Charleroi
GSM +32 496 55 07 31 – agréé en Région wallonne W.INT.555""",
    ),
    dict(
        kind="application_received", name="ccb_accuse_reception_noreply", lang="fr",
        company="Cuisines Centrales de Bruxelles", contact="",
        frm=("Cuisines Centrales de Bruxelles – Sélection", "ne-pas-repondre@ccb-bxl.example.be"),
        subj="Accusé de réception – candidature PLAN-B-2026-07 (dossier n° 2026-0418)",
        date="2026-04-02 08:05 +0200", key="ccb-ack",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Madame, Monsieur,

Nous accusons réception de votre candidature pour la fonction de planificateur/planificatrice
de production (PLAN-B-2026-07). Votre dossier porte le numéro 2026-0418 ; merci de le
rappeler dans toute correspondance.

La recevabilité de votre candidature sera examinée après la clôture de l'appel, le
15 avril 2026. Vous serez informé·e de la suite de la procédure par courriel.

Ce message est généré automatiquement ; il n'est pas possible d'y répondre. Pour toute
question : selection@ccb-bxl.example.be.

Direction des Ressources humaines
Cuisines Centrales de Bruxelles

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur
destinataire.""",
    ),
    dict(
        kind="application_received", name="marche_royal_workday_ack", lang="fr",
        company="Marché Royal", contact="",
        frm=("Marché Royal", "marcheroyal@myworkday.com"),
        subj="Marché Royal : nous avons bien reçu votre candidature (R-20417)",
        subj_enc=("utf-8", "B"),
        date="2026-04-06 03:12 -0700", key="mr-ack",
        hdrs=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Marché Royal", "#b91c1c",
            "<p>Bonjour Gwendal,</p>\n<p>Nous vous confirmons la bonne réception de votre "
            "candidature pour le poste <b>Planificateur de production – Entrepôt frais de "
            "Vilvorde (R-20417)</b>.</p>\n<p>Vous pouvez suivre l'état de votre candidature "
            "à tout moment depuis votre <a href=\"https://marcheroyal.wd3.myworkday.com/"
            "fr-BE/careers/userHome\">espace candidat</a>.</p>\n<p>Merci de l'intérêt que "
            "vous portez à Marché Royal.</p>\n<p>L'équipe Talent Acquisition</p>",
            "Message automatique – merci de ne pas répondre.", lang="fr"),
        html_cte="quoted-printable",
    ),
    dict(
        kind="application_received", name="grand_ducale_recruitee", lang="fr",
        company="Épicerie Grand-Ducale", contact="",
        frm=("Épicerie Grand-Ducale", "no-reply@jobs.recruitee.com"),
        frm_enc=("iso-8859-1", "Q"),
        subj="Candidature reçue – Planificateur approvisionnement & production",
        date="2026-07-13 14:55 +0200", key="gd-ack",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Gwendal,

Nous avons bien reçu votre candidature pour le poste « Planificateur approvisionnement &
production » (Bertrange). Merci !

Et maintenant ? Notre équipe RH étudie les candidatures au fil de l'eau. Si votre profil
est retenu pour un entretien, vous serez contacté(e) par téléphone ou par e-mail.

À bientôt,
L'équipe Épicerie Grand-Ducale

Propulsé par Recruitee""",
    ),
    dict(
        kind="application_received", name="plateau_herve_cv_bien_recu", lang="fr",
        company="Fromagerie du Plateau de Herve", contact="marc@plateau-herve.example.be",
        frm=("Marc Lejeune", "marc@plateau-herve.example.be"),
        subj="Re: candidature planification",
        date="2026-01-12 12:31 +0100", key="herve-ack",
        text="""Bonjour Monsieur,

Nous avons bien reçu votre CV et votre lettre, merci. On regarde ça avec mon associé dans
le courant du mois et on vous recontacte.

Marc Lejeune
Fromagerie du Plateau de Herve
Thier de Battice 4, 4651 Battice – 087 55 68 03""",
    ),
    dict(
        kind="application_received", name="flandrines_service_recrutement", lang="fr",
        company="Pâtisseries Flandrines", contact="recrutement@flandrines.example.fr",
        frm=("Pâtisseries Flandrines – Recrutement", "recrutement@flandrines.example.fr"),
        subj="Accusé de réception de votre candidature – réf. PF-PLA-02",
        date="2026-02-16 10:40 +0100", key="flandrines-ack",
        html=_a07_html, cte="quoted-printable",
    ),
    dict(
        kind="application_received", name="cantines_liege_ack_latin1", lang="fr",
        company="Régie des Cantines Liégeoises", contact="personnel@cantines-liege.example.be",
        frm=("Régie des Cantines Liégeoises", "personnel@cantines-liege.example.be"),
        frm_enc=("iso-8859-1", "B"),
        subj="Votre candidature REF 2026/031 a bien été enregistrée",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-08-31 11:20 +0200", key="liege-ack",
        charset="iso-8859-1", cte="8bit",
        text="""Monsieur,

Le service du personnel de la Régie des Cantines Liégeoises a bien reçu votre candidature
au poste de planificateur/planificatrice de production (REF 2026/031, cuisine centrale de
Bressoux).

Les candidatures recevables seront analysées par un jury après la date de clôture du
11 septembre. Les candidats sélectionnés pour un entretien seront convoqués par courriel.

Veuillez agréer, Monsieur, nos salutations distinguées.

Service du personnel
Régie des Cantines Liégeoises
Rue des Prémontrés 40, 4000 Liège""",
    ),
    dict(
        kind="application_received", name="terre_sambre_ack_three_weeks", lang="fr",
        company="Coopérative Terre d'Entre-Sambre", contact="emploi@terre-sambre.example.be",
        frm=("Coopérative Terre d'Entre-Sambre", "emploi@terre-sambre.example.be"),
        subj="Candidature – coordinateur·rice de production",
        date="2026-02-02 18:44 +0100", key="terre-ack",
        charset="windows-1252", cte="base64",
        text="""Bonjour,

Merci pour votre candidature au poste de coordinateur·rice de production de notre atelier
de transformation, que nous avons bien reçue.

Nous sommes une petite équipe et nous ne pourrons malheureusement pas répondre à tout le
monde. Les personnes présélectionnées seront contactées avant le 10 mars ; sans nouvelles
de notre part à cette date, vous pouvez considérer que votre candidature n’a pas été
retenue.

Merci de l’intérêt que vous portez à la coopérative !

L’équipe de Terre d’Entre-Sambre
Rue de la Station 14, 6280 Gerpinnes""",
    ),
    dict(
        kind="application_received", name="collard_bien_recu_spontanee", lang="fr",
        company="Sirop Collard", contact="geoffrey@sirop-collard.example.be",
        frm=("Geoffrey Collard", "geoffrey@sirop-collard.example.be"),
        subj="Re: Candidature spontanée – planification de production",
        date="2026-03-31 09:02 +0200", key="collard-ack", parent="collard-app",
        text=reply("""Bonjour Gwendal,

Bien reçu votre candidature spontanée, merci ! Je la transmets à notre responsable
d'atelier et je reviens vers vous dans les prochains jours.

Geoffrey Collard""", "Le lun. 30 mars 2026 à 21:47, Gwendal Moreau-Achebe "
            "<gwendal.ma@example.be> a écrit :", _a10_app),
    ),
    # ---------------------------------------------------------------- en (5)
    dict(
        kind="application_received", name="scheldt_lever_ack", lang="en",
        company="Scheldt Valley Foods", contact="",
        frm=("Scheldt Valley Foods", "no-reply@hire.lever.co"),
        subj="Thanks for applying to Scheldt Valley Foods",
        date="2026-05-04 19:20 +0200", key="scheldt-ack",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Hi Gwendal,

Thanks for your interest in Scheldt Valley Foods! We've received your application for the
Junior Production Planner position in Ghent and our team will review it shortly.

If your experience is a match, someone from the team will reach out to schedule next
steps.

Best,
The Scheldt Valley Foods Recruiting Team""",
        html=ats_card(
            "Scheldt Valley Foods", "#0f766e",
            "<p>Hi Gwendal,</p>\n<p>Thanks for your interest in Scheldt Valley Foods! We've "
            "received your application for the <b>Junior Production Planner</b> position in "
            "Ghent and our team will review it shortly.</p>\n<p>If your experience is a "
            "match, someone from the team will reach out to schedule next steps.</p>\n"
            "<p>Best,<br>The Scheldt Valley Foods Recruiting Team</p>",
            "Powered by Lever"),
    ),
    dict(
        kind="application_received", name="brightwater_greenhouse_ack", lang="en",
        company="Brightwater Plant Kitchen", contact="",
        frm=("Brightwater Plant Kitchen", "no-reply@greenhouse-mail.io"),
        subj="Thank you for applying to Brightwater Plant Kitchen",
        date="2026-01-26 12:02 +0000", key="brightwater-ack",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Hi Gwendal,

Thank you for applying for the Production Planner role at Brightwater Plant Kitchen. Your
application has been received and will be reviewed by our hiring team.

We read every application ourselves, so it can take up to two weeks before you hear from
us.

The Brightwater Talent Team""",
    ),
    dict(
        kind="application_received", name="foodstaff_registration", lang="en",
        company="FoodStaff Benelux", contact="ruth.vandamme@foodstaff.example.nl",
        frm=("Ruth Vandamme", "ruth.vandamme@foodstaff.example.nl"),
        subj="Welcome to FoodStaff Benelux – your registration is complete",
        date="2026-09-14 15:27 +0200", key="foodstaff-ack",
        text="""Hi Gwendal,

Lovely to speak with you this afternoon. I've now completed your registration with
FoodStaff Benelux, so you're on our books for production planning and production support
roles in Ghent, Kortrijk and Brussels.

What happens next: I'll match you against open assignments and call you before I send your
CV to any client; we never share it without your OK.

Could you send me a copy of your food-hygiene certificate when you have a moment?

Best,
Ruth Vandamme
Senior Consultant Food & FMCG
FoodStaff Benelux | Kortrijksesteenweg 1050, 9051 Gent
+32 9 555 61 44""",
    ),
    dict(
        kind="application_received", name="valmont_taleo_ack_volume", lang="en",
        company="Valmont Dairy", contact="",
        frm=("Valmont Dairy Careers", "valmontdairy@taleo.net"),
        subj="Valmont Dairy – Application received: Production Scheduler (26-0412)",
        date="2026-08-10 05:44 -0400", key="valmont-ack",
        hdrs=[("Auto-Submitted", "auto-generated")],
        charset="windows-1252", cte="quoted-printable",
        text="""Dear Gwendal Moreau-Achebe,

Thank you for applying for the position of Production Scheduler (Requisition 26-0412) at
Valmont Dairy. We confirm that your application has been successfully submitted.

Due to the high number of applications we receive, we are unfortunately unable to respond
to each applicant individually. Shortlisted candidates will be contacted directly by a
member of our Talent Acquisition team.

You can review your submission at any time in the candidate portal.

Valmont Dairy Talent Acquisition

This is an automated message – please don’t reply.""",
    ),
    dict(
        kind="application_received", name="northgate_icims_ack", lang="en",
        company="Northgate Foods Benelux", contact="",
        frm=("Northgate Foods Careers", "noreply@icims.com"),
        subj="We received your application – Production Planning Coordinator",
        date="2026-10-19 14:03 -0400",
        hdrs=[("Auto-Submitted", "auto-generated")],
        html=plain_html(
            "<table width=\"100%\"><tr><td style=\"border-top:4px solid #334155;padding:20px\">"
            "\n<p>Dear Gwendal,</p>\n<p>Thank you for your interest in Northgate Foods "
            "Benelux. We have received your application for <b>Production Planning "
            "Coordinator – Brussels (Job ID 2026-3381)</b>.</p>\n<p>Our recruiting team "
            "will review your qualifications against the requirements of the position. "
            "Should there be a match, we will contact you regarding next steps.</p>\n"
            "<p>Sincerely,<br>Northgate Foods Talent Acquisition</p>\n"
            "<p style=\"font-size:11px;color:#64748b\">Please do not reply to this message. "
            "Replies to this address are not monitored.</p>\n</td></tr></table>", lang="en"),
        html_cte="base64",
    ),
    # ---------------------------------------------------------------- de (3)
    dict(
        kind="application_received", name="bruegelmann_personio_eingang", lang="de",
        company="Rheinische Feinkost Brügelmann", contact="",
        frm=("Rheinische Feinkost Brügelmann", "no-reply@personio.de"),
        frm_enc=("utf-8", "Q"),
        subj="Eingangsbestätigung Ihrer Bewerbung",
        subj_enc=("utf-8", "B"),
        date="2026-06-01 22:17 +0200", key="bruegelmann-ack",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text=_a16_text, cte="base64",
        html=plain_html(text_to_html(_a16_text), lang="de"), html_cte="base64",
    ),
    dict(
        kind="application_received", name="domstadt_softgarden_eingang", lang="de",
        company="Domstadt Backwaren", contact="",
        frm=("Domstadt Backwaren Recruiting", "noreply@softgarden.io"),
        subj="Vielen Dank für Ihre Bewerbung – Produktionsplaner (m/w/d)",
        date="2026-04-20 09:58 +0200", key="domstadt-ack",
        hdrs=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrter Herr Moreau-Achebe,

vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d) an unserem Standort
Köln-Ossendorf. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir werden Ihre Bewerbung nun prüfen und uns so schnell wie möglich bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Domstadt Backwaren

Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht
direkt auf diese Nachricht.""",
    ),
    dict(
        kind="application_received", name="talentia_registrierung", lang="de",
        company="Talentia Personal", contact="m.kaya@talentia-personal.example.de",
        frm=("Murat Kaya", "m.kaya@talentia-personal.example.de"),
        subj="Ihre Registrierung bei Talentia Personal",
        date="2026-02-23 17:05 +0100", key="talentia-ack",
        text="""Hallo Herr Moreau-Achebe,

vielen Dank für das angenehme Telefonat. Ihre Registrierung in unserem Bewerberpool ist
abgeschlossen; Ihr Profil ist für Einsätze in der Lebensmittelproduktion und
Gemeinschaftsverpflegung im Raum Köln/Bonn hinterlegt.

Sobald ein Kunde passt, stelle ich Ihnen die Stelle vor, bevor ich Ihre Unterlagen
weitergebe.

Gruß
Murat Kaya
Personalberater Lebensmittel & Gastronomie
Talentia Personal – Hohenzollernring 51, 50672 Köln
Mobil 0171 555 2290""",
    ),
    # ---------------------------------------------------------------- es (3)
    dict(
        kind="application_received", name="itsasoa_bamboohr_ack", lang="es",
        company="Conservas Itsasoa", contact="",
        frm=("Conservas Itsasoa", "notifications@bamboohr.com"),
        subj="Hemos recibido tu solicitud – Planificador/a de producción",
        subj_enc=("utf-8", "Q"),
        date="2026-03-16 19:41 +0100", key="itsasoa-ack",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Hola Gwendal:

¡Gracias por tu interés en Conservas Itsasoa! Hemos recibido correctamente tu solicitud
para el puesto de Planificador/a de producción en Bilbao.

Nuestro equipo revisará tu candidatura y, si tu perfil encaja, nos pondremos en contacto
contigo en las próximas semanas.

Un saludo,
Equipo de Personas de Conservas Itsasoa""",
        html=ats_card(
            "Conservas Itsasoa", "#1e3a8a",
            "<p>Hola Gwendal:</p>\n<p>¡Gracias por tu interés en Conservas Itsasoa! Hemos "
            "recibido correctamente tu solicitud para el puesto de <b>Planificador/a de "
            "producción</b> en Bilbao.</p>\n<p>Nuestro equipo revisará tu candidatura y, si "
            "tu perfil encaja, nos pondremos en contacto contigo en las próximas semanas.</p>"
            "\n<p>Un saludo,<br>Equipo de Personas de Conservas Itsasoa</p>",
            "Enviado a través de BambooHR", lang="es"),
        cte="quoted-printable",
    ),
    dict(
        kind="application_received", name="norte_talento_alta", lang="es",
        company="Norte Talento", contact="lucia.ferrandez@nortetalento.example.es",
        frm=("Lucía Ferrández", "lucia.ferrandez@nortetalento.example.es"),
        subj="Tu alta en Norte Talento",
        date="2026-09-01 13:10 +0200", key="nt-ack",
        text="""Hola Gwendal:

Encantada de haber hablado contigo esta mañana. Tu alta como candidato en Norte Talento se
ha completado y ya estás en nuestra base para procesos de planificación y producción
alimentaria en Bizkaia y Gipuzkoa.

Te iré escribiendo cuando tenga procesos que encajen con lo que buscas.

Un saludo,
Lucía Ferrández
Consultora de selección · Norte Talento ETT
Gran Vía 45, 48011 Bilbao · Tel. 944 55 70 12""",
    ),
    dict(
        kind="application_received", name="ibaizabal_cv_recibido", lang="es",
        company="Pastelería Ibaizabal", contact="miren@ibaizabal.example.es",
        frm=("Miren Etxeberria", "miren@ibaizabal.example.es"),
        subj="Re: CV planificación obrador",
        date="2026-05-11 09:20 +0200", key="ibaizabal-ack",
        text="""Hola Gwendal:

Hemos recibido tu CV, gracias. Esta semana estamos a tope con las comuniones, pero lo
miramos con calma y te decimos algo.

Miren
Pastelería Ibaizabal · Calle Ribera 8, 48005 Bilbao""",
    ),
]

# ----------------------------------------------------------------------------- offers

_o05_quoted = outlook(
    "fr", "Line Dethier <line@gaufrerie-dethier.example.be>", "mardi 16 juin 2026 10:05",
    "Gwendal Moreau-Achebe <gwendal.ma@example.be>", "Entretien – responsable planning",
    """Bonjour Gwendal,

Merci pour votre candidature. Pourriez-vous passer à la gaufrerie le lundi 22 juin à 15h
pour un entretien avec mon frère et moi ? Nous sommes rue Saint-Gilles 210.

Line Dethier""",
)

_o05_text = """Bonjour Gwendal,

Suite à nos deux rencontres, j'ai le plaisir de vous proposer le poste de responsable
planning de la gaufrerie, en CDI à temps plein, à partir du 1er septembre 2026.

Les grandes lignes :
- rémunération brute mensuelle de 3.450 EUR, 13e mois et double pécule de vacances ;
- chèques-repas de 8 EUR et horaire de jour (7h30-16h) ;
- période d'accueil de quatre semaines avec notre actuel planificateur avant son départ
  à la retraite.

Je vous enverrai le contrat dès que vous m'aurez donné votre accord de principe. N'hésitez
pas à m'appeler si vous avez des questions.

Line Dethier
Gérante – Gaufrerie Dethier
Rue Saint-Gilles 210, 4000 Liège
04 555 27 81

""" + _o05_quoted

_o06_text = """Dear Gwendal,

Following your interviews with Joost and me, I am delighted to offer you the position of
Production Planner at Hartwell Provisions, based at our Contern kitchen.

Your formal offer letter is attached. In summary:
- start date: Monday 2 November 2026 (negotiable);
- gross annual salary of EUR 52,000, paid in 13 instalments;
- 26 days of annual leave plus Luxembourg public holidays;
- meal vouchers and a contribution to your cross-border commuting costs.

The offer is valid until 23 October. Please sign and return the letter, or call me if
you'd like to discuss any point.

We very much hope you'll join us.

Warm regards,
Megan Hale
HR Manager | Hartwell Provisions
1, rue des Artisans, L-5322 Contern
+352 55 20 47 11

CONFIDENTIALITY: This e-mail and its attachments are intended solely for the addressee
and may contain confidential information. If you have received it in error, please inform
the sender and delete it."""

_o08_text = """Lieber Herr Moreau-Achebe,

wie heute Morgen am Telefon besprochen, freuen wir uns sehr, Ihnen die Stelle als
Produktionsplaner in unserer Backstube in Köln-Ehrenfeld anzubieten.

Anbei finden Sie unser Vertragsangebot (unbefristet, Vollzeit, Beginn 1. Dezember 2026,
3.600 EUR brutto monatlich). Wenn Sie einverstanden sind, senden Sie uns bitte ein
unterschriebenes Exemplar bis zum 20. Oktober zurück.

Wir freuen uns auf die Zusammenarbeit!

Herzliche Grüße
Georg Brandt
Inhaber
Veedel Vollkorn Bäckerei
Venloer Straße 455, 50825 Köln
Tel. 0221 555 90 14"""

OFFERS: list[dict] = [
    # ---------------------------------------------------------------- fr (5)
    dict(
        kind="offer", name="confluent_offer_pdf", lang="fr",
        company="Les Biscuits du Confluent", contact="amelie.jadot@biscuits-confluent.example.be",
        frm=("Amélie Jadot", "amelie.jadot@biscuits-confluent.example.be"),
        cc=[("Olivier Baudart", "olivier.baudart@biscuits-confluent.example.be")],
        subj="Proposition de contrat – Planificateur de production",
        date="2026-03-24 11:05 +0100", key="confluent-offer", parent="confluent-moved",
        text="""Bonjour Gwendal,

Au nom de toute l'équipe, j'ai le plaisir de vous confirmer que nous souhaitons vous
engager comme planificateur de production au sein des Biscuits du Confluent.

Vous trouverez en pièce jointe notre proposition de contrat (CDI, temps plein, entrée en
fonction le 4 mai 2026) reprenant la rémunération, les avantages et les horaires dont
nous avons parlé avec M. Baudart.

Nous vous laissons jusqu'au 3 avril pour nous faire part de votre décision. Je reste
disponible pour toute question.

Bien cordialement,

Amélie Jadot
Chargée de recrutement
Les Biscuits du Confluent
Chaussée de Liège 515, 5100 Jambes
+32 81 55 40 26""",
        pdf=dict(filename="Proposition_contrat_GMA.pdf", lines=[
            "Les Biscuits du Confluent - Proposition de contrat de travail",
            "Candidat : Gwendal Moreau-Achebe",
            "Fonction : planificateur de production (CP 118)",
            "Contrat a duree indeterminee, temps plein (38h/semaine)",
            "Entree en fonction : 4 mai 2026",
            "Remuneration brute mensuelle : 3.380 EUR + cheques-repas + eco-cheques",
            "Proposition valable jusqu'au 3 avril 2026.",
        ]),
    ),
    dict(
        kind="offer", name="ims_client_lemaire_offer", lang="fr",
        company="Charcuterie Lemaire", contact="kevin.lardinois@ims-interim.example.be",
        frm=("Kevin Lardinois", "kevin.lardinois@ims-interim.example.be"),
        subj="Bonne nouvelle : Lemaire veut vous engager !",
        date="2026-02-19 17:40 +0100", parent="ims-lemaire-moved",
        text="""Gwendal,

Je sors du téléphone avec M. Lemaire : le client veut vous faire une offre après votre
entretien de mercredi !

Concrètement, ils proposent une mission d'assistant planning de trois mois via nous, à
partir du 2 mars, avec un engagement en CDI chez Charcuterie Lemaire à la clé si tout se
passe bien. Salaire horaire brut de 18,40 EUR, horaire de jour du lundi au vendredi.

Appelez-moi pour qu'on en parle et que je puisse leur donner votre réponse d'ici
lundi.

Kevin Lardinois
Consultant – Intérim Meuse & Sambre
GSM +32 496 55 07 31""",
    ),
    dict(
        kind="offer", name="delvaux_verbal_offer_followup", lang="fr",
        company="Traiteur Maison Delvaux", contact="benoit@maison-delvaux.example.be",
        frm=("Benoît Delvaux", "benoit@maison-delvaux.example.be"),
        subj="Suite à notre coup de fil",
        date="2026-09-04 09:12 +0200", parent="delvaux-moved",
        text="""Bonjour Gwendal,

Comme je te l'ai dit au téléphone hier soir après la journée d'essai : Sandrine et moi,
on veut t'avoir dans l'équipe. Je te confirme donc par écrit notre proposition :

- poste de responsable planning et production froide ;
- CDI à temps plein, démarrage le 1er octobre ;
- 3.200 EUR brut par mois, chèques-repas, pas de travail le dimanche sauf gros
  événements (récupérés).

Notre secrétariat social prépare le contrat ; tu le recevras la semaine prochaine. Donne-
moi ta réponse quand tu veux d'ici mercredi.

Benoît
Traiteur Maison Delvaux – 081 55 12 90""",
    ),
    dict(
        kind="offer", name="irn_contract_for_signature", lang="fr",
        company="Intercommunale Repas Namurois", contact="c.dethy@irn-namur.example.be",
        frm=("Corinne Dethy", "c.dethy@irn-namur.example.be"),
        subj="Votre contrat de travail à signer – IRN",
        date="2026-10-26 10:48 +0100",
        text="""Monsieur Moreau-Achebe,

Suite à la décision du conseil d'administration du 22 octobre, nous avons le plaisir de
vous transmettre votre contrat de travail en qualité de planificateur de production à la
cuisine centrale de Naninne (contrat à durée indéterminée, échelle D6).

Nous vous remercions de nous retourner le contrat daté et signé, soit par courrier en deux
exemplaires, soit via la plateforme de signature électronique dont vous recevrez le lien
séparément. Merci de joindre également un extrait de casier judiciaire récent.

Votre entrée en fonction est fixée au lundi 4 janvier 2027.

Corinne Dethy
Gestionnaire RH
Intercommunale Repas Namurois (IRN)
Rue de l'Industrie 8, 5100 Naninne
081 55 74 02""",
        pdf=dict(filename="IRN_contrat_Moreau-Achebe.pdf", lines=[
            "INTERCOMMUNALE REPAS NAMUROIS - CONTRAT DE TRAVAIL",
            "Entre l'IRN, Rue de l'Industrie 8, 5100 Naninne",
            "et Monsieur Gwendal Moreau-Achebe, Rue des Brasseurs 112, 5000 Namur",
            "Fonction : planificateur de production - echelle D6",
            "Duree : indeterminee - Entree en fonction : 4 janvier 2027",
            "Fait a Naninne en deux exemplaires.",
            "Signature du travailleur : ____________________",
        ]),
    ),
    dict(
        kind="offer", name="dethier_offer_chain", lang="fr",
        company="Gaufrerie Dethier", contact="line@gaufrerie-dethier.example.be",
        frm=("Line Dethier", "line@gaufrerie-dethier.example.be"),
        subj="Proposition d'engagement – responsable planning",
        subj_enc=("utf-8", "B"),
        date="2026-06-29 18:20 +0200",
        text=_o05_text,
        html=outlook_html(text_to_html(_o05_text)),
        cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- en (2)
    dict(
        kind="offer", name="hartwell_offer_letter_pdf", lang="en",
        company="Hartwell Provisions", contact="megan.hale@hartwell-provisions.example.lu",
        frm=("Megan Hale", "megan.hale@hartwell-provisions.example.lu"),
        subj="Offer of employment – Production Planner",
        date="2026-10-14 12:00 +0200", parent="hartwell-app",
        text=_o06_text,
        html=outlook_html(text_to_html(_o06_text), lang="EN-GB"),
        pdf=dict(filename="Hartwell_Offer_Letter_GMoreau-Achebe.pdf", lines=[
            "Hartwell Provisions S.a r.l. - Offer of Employment",
            "To: Gwendal Moreau-Achebe",
            "Position: Production Planner, Contern kitchen",
            "Start date: 2 November 2026",
            "Gross annual salary: EUR 52,000 (13 instalments)",
            "This offer is valid until 23 October 2026.",
            "Signed: Megan Hale, HR Manager",
        ]),
    ),
    dict(
        kind="offer", name="foodstaff_unnamed_client_offer", lang="en",
        company="FoodStaff Benelux", contact="ruth.vandamme@foodstaff.example.nl",
        frm=("Ruth Vandamme", "ruth.vandamme@foodstaff.example.nl"),
        subj="Great news – an offer for you!",
        date="2026-10-20 11:33 +0200",
        text="""Hi Gwendal,

I have some good news to make up for Leie: the client I told you about on Monday (the
plant-based ready-meal kitchen near Ghent; I'll share the name once you say yes to taking
it further) wants to make you an offer after your meeting with their COO yesterday.

They're proposing a permanent Production Planner contract starting 1 December, EUR 3,500
gross per month plus meal vouchers, hybrid two days a week once you're trained.

Can I call you at lunchtime to go through it?

Ruth
FoodStaff Benelux | +32 9 555 61 44""",
    ),
    # ---------------------------------------------------------------- de (1)
    dict(
        kind="offer", name="veedel_vertragsangebot_latin1", lang="de",
        company="Veedel Vollkorn Bäckerei", contact="georg.brandt@veedel-vollkorn.example.de",
        frm=("Georg Brandt", "georg.brandt@veedel-vollkorn.example.de"),
        subj="Vertragsangebot Produktionsplaner – Veedel Vollkorn",
        date="2026-10-06 15:25 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text=_o08_text,
        pdf=dict(filename="Vertragsangebot_Moreau-Achebe.pdf", lines=[
            "Veedel Vollkorn Baeckerei - Arbeitsvertrag (Angebot)",
            "Arbeitnehmer: Gwendal Moreau-Achebe",
            "Taetigkeit: Produktionsplaner, Backstube Koeln-Ehrenfeld",
            "Beginn: 1. Dezember 2026, unbefristet, Vollzeit (40 Std./Woche)",
            "Verguetung: 3.600 EUR brutto monatlich",
            "Rueckgabe unterschrieben bis 20.10.2026",
        ]),
    ),
    # ---------------------------------------------------------------- es (2)
    dict(
        kind="offer", name="itsasoa_oferta_verbal", lang="es",
        company="Conservas Itsasoa", contact="nerea.arrieta@itsasoa.example.es",
        frm=("Nerea Arrieta", "nerea.arrieta@itsasoa.example.es"),
        subj="Lo que hablamos por teléfono",
        date="2026-04-15 13:22 +0200", key="itsasoa-offer", parent="itsasoa-ooo",
        text="""Hola Gwendal:

Como te adelanté ayer por teléfono, Jon y yo estamos encantados con la entrevista del
jueves y queremos ofrecerte el puesto de planificador de producción.

Te resumo la propuesta:
- contrato indefinido a jornada completa, con incorporación el 1 de junio;
- 34.000 EUR brutos anuales en 14 pagas;
- ayuda de 1.500 EUR para la mudanza a Bilbao.

Si te parece bien, la semana que viene te mandamos el contrato para firmar. Cualquier duda,
me llamas.

Un abrazo,
Nerea Arrieta
Técnica de Personas · Conservas Itsasoa

El lun, 13 abr 2026 a las 7:55, Gwendal Moreau-Achebe (<gwendal.ma@example.be>)
escribió:
""" + quote("""Hola Nerea:

Gracias a ti y a Jon por la entrevista del jueves y por la visita a la sala de
autoclaves. Salí con muchas ganas de formar parte del equipo. Quedo a la espera de
vuestras noticias.

Un saludo,
Gwendal"""),
    ),
    dict(
        kind="offer", name="itsasoa_contrato_para_firmar", lang="es",
        company="Conservas Itsasoa", contact="nerea.arrieta@itsasoa.example.es",
        frm=("Nerea Arrieta", "nerea.arrieta@itsasoa.example.es"),
        subj="Contrato para firma - Planificador de producción",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-04-21 10:02 +0200", parent="itsasoa-offer",
        charset="iso-8859-1", cte="8bit",
        text="""Hola Gwendal:

Te adjunto el contrato de trabajo con las condiciones que acordamos. Por favor, revísalo y
devuélvenoslo firmado (vale con firma digital o escaneado) antes del 30 de abril.

Cuando lo tengamos, te enviaré la información práctica para tu primer día y el contacto de
la inmobiliaria que nos ayuda con los alquileres.

¡Bienvenido a Itsasoa!

Nerea Arrieta
Técnica de Personas - Conservas Itsasoa
Muelle de Ibarrekolanda 12, 48015 Bilbao""",
        pdf=dict(filename="Contrato_Itsasoa_GMoreauAchebe.pdf", lines=[
            "CONSERVAS ITSASOA - CONTRATO DE TRABAJO INDEFINIDO",
            "Trabajador: Gwendal Moreau-Achebe",
            "Puesto: Planificador de produccion",
            "Incorporacion: 1 de junio de 2026",
            "Retribucion: 34.000 EUR brutos anuales en 14 pagas",
            "Firma del trabajador: ____________________",
        ]),
    ),
]

MESSAGES: list[dict] = RECEIVED + OFFERS

_ = (CAND_SIG_FR, quote)
