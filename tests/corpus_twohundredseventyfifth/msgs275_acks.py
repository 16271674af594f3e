"""Corpus 275 — application acknowledgements (21) and offers (10), hand-written."""

from __future__ import annotations

from msgs275_common import M, ats_card, mso, outlook_html, paras, plain_html

MESSAGES: list[dict] = []
add = MESSAGES.append

# =============================================================== application_received (21)

_CPA = """Bonjour Élodie,

Nous accusons bonne réception de votre candidature pour le poste « Auxiliaire sociale – cellule petite enfance » (réf. R-2026-014).

Votre dossier sera examiné par le service du personnel et par l'assistante sociale en chef après la clôture de l'appel, le 16 février. Vous pouvez suivre l'état de votre candidature à tout moment dans votre espace candidat.

Merci de l'intérêt que vous portez au CPAS de Vaux-Ourthe.

Le service du personnel"""
add(M(
    kind="application_received", slug="cpasvaux_ack", lang="fr",
    company="CPAS de Vaux-Ourthe", contact="",
    frm=("CPAS de Vaux-Ourthe", "cpasvauxourthe@myworkday.com"),
    subject="Candidature reçue : Auxiliaire sociale – cellule petite enfance (R-2026-014)",
    date="2026-02-09 08:14 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_CPA,
    html=ats_card("CPAS de Vaux-Ourthe", "#005cb9", "Merci pour votre candidature", paras(_CPA),
                  button=("Accéder à mon espace candidat",
                          "https://cpasvauxourthe.example.be/workday/candidate/home"),
                  footer="Ceci est un message automatique envoyé par Workday. "
                         "Merci de ne pas y répondre."),
))

add(M(
    kind="application_received", slug="horizon_registration", lang="fr",
    company="Horizon Intérim", contact="",
    frm=("Horizon Intérim", "noreply@horizon-interim.example.be"),
    subject="Bienvenue chez Horizon Intérim – votre inscription est confirmée",
    date="2026-06-01 16:25 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Bonjour Élodie,

Votre inscription auprès de l'agence Horizon Intérim de Namur est bien enregistrée.

Votre dossier (CV, diplôme de puéricultrice, préférences : secteur social et santé, Namur – Liège, temps plein ou 4/5e) est désormais visible par nos consultants. Laetitia Renard, consultante du secteur social & santé, prendra contact avec vous dans les prochains jours pour un entretien d'inscription.

N'oubliez pas de compléter votre profil : carte d'identité, numéro de compte et disponibilités.

À bientôt,
L'équipe Horizon Intérim

Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.
""",
))

_CHA = """Bonjour Élodie,

Merci pour votre candidature au poste d'assistante en travail social – Maternité au Centre Hospitalier Mosan. Nous l'avons bien reçue.

Notre équipe examine toutes les candidatures avec attention. En raison du grand nombre de dossiers, nous ne pouvons malheureusement pas répondre individuellement à chaque candidate et à chaque candidat : si votre profil correspond à nos besoins, nous vous contacterons dans les trois semaines.

Bonne journée,
L'équipe recrutement du CHM"""
add(M(
    kind="application_received", slug="chmosan_ack", lang="fr",
    company="Centre Hospitalier Mosan", contact="",
    frm=("Centre Hospitalier Mosan", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-03-02 09:12 +0000",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Teamtailor")],
    text=_CHA,
    html=ats_card("Centre Hospitalier Mosan", "#1d4e89", "Candidature reçue", paras(_CHA),
                  footer="Centre Hospitalier Mosan · Avenue de la Citadelle 52, 5000 Namur"),
))

add(M(
    kind="application_received", slug="kannerhaff_ack", lang="fr",
    company="Fondation Kannerhaff", contact="",
    frm=("Fondation Kannerhaff", "noreply@personio.de"),
    subject="Confirmation de réception de votre candidature",
    date="2026-04-27 06:33 +0000",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Madame Marchetti-Owusu,

Nous vous remercions pour l'envoi de votre dossier de candidature pour le poste d'assistante sociale adjointe (maison relais, Esch-sur-Alzette).

Votre candidature a bien été enregistrée. Nous reviendrons vers vous après l'analyse de l'ensemble des dossiers, au plus tard à la mi-mai.

Cordialement,
Ressources humaines - Fondation Kannerhaff

Ce message a été généré automatiquement par notre outil de recrutement.
""",
))

add(M(
    kind="application_received", slug="entraide_ack", lang="fr",
    company="Entraide Bruxelles-Midi", contact="",
    frm=("Entraide Bruxelles-Midi", "no-reply@jobs.recruitee.com"),
    subject="Merci pour ta candidature !",
    date="2026-08-24 13:02 +0000",
    html=ats_card("Entraide Bruxelles-Midi", "#c2185b", "Ta candidature est bien arrivée",
                  paras("""Salut Élodie,

Merci d'avoir postulé pour le poste d'assistante d'accueil social à la permanence d'Anderlecht.

On lit toutes les candidatures nous-mêmes, à la main, et on revient vers toi dans les deux semaines.

L'équipe d'Entraide Bruxelles-Midi"""),
                  footer="Envoyé via Recruitee"),
))

add(M(
    kind="application_received", slug="marolles_ack", lang="fr",
    company="Hôpital des Marolles", contact="",
    frm=("Hôpital des Marolles – Recrutement", "noreply@successfactors.eu"),
    subject="Accusé de réception – candidature 4471",
    date="2026-01-26 10:48 +0000",
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    html=plain_html("""<p>Madame Élodie Marchetti-Owusu,</p>
<p>Nous avons bien reçu votre candidature au poste d'<b>auxiliaire sociale - service des urgences</b> (référence 4471).</p>
<p>Les candidatures seront examinées après la date de clôture de l'offre. Vous serez informée par e-mail de la suite réservée à votre dossier.</p>
<p>Direction des ressources humaines<br>Hôpital des Marolles - Bruxelles</p>
<p style="font-size:11px;color:#777">Message généré automatiquement - merci de ne pas répondre.</p>"""),
))

add(M(
    kind="application_received", slug="tilleuls_cv", lang="fr",
    company="École fondamentale Les Tilleuls", contact="anne.schyns@lestilleuls.example.be",
    frm=("Anne Schyns", "anne.schyns@lestilleuls.example.be"),
    subject="Re: Candidature – accueillante extrascolaire",
    date="2026-05-05 08:12 +0200", parent="cand_tilleuls_application",
    text="""Madame Marchetti-Owusu,

Bien reçu votre CV et votre lettre, merci. Je les transmets ce jour au pouvoir organisateur, qui se réunit la semaine prochaine.

Anne Schyns
Directrice – École fondamentale Les Tilleuls
""",
))

add(M(
    kind="application_received", slug="rochefontaine_ack", lang="fr",
    company="CPAS de Rochefontaine", contact="m.houbion@cpas-rochefontaine.example.be",
    frm=("Mireille Houbion", "m.houbion@cpas-rochefontaine.example.be"),
    subject="Accusé de réception – recrutement auxiliaire administrative et sociale",
    date="2026-01-12 14:03 +0100",
    charset="windows-1252", cte="base64",
    text="""Madame,

Nous accusons réception de votre candidature, parvenue le 9 janvier 2026, pour la fonction d'auxiliaire administrative et sociale (h/f/x) – contrat à durée indéterminée, mi-temps.

Votre dossier est complet. Une sélection sur dossier aura lieu après la clôture de l'appel, le 20 janvier ; vous serez informée du résultat par courrier électronique.

Veuillez agréer, Madame, nos salutations distinguées.

Mireille Houbion
Secrétariat du personnel
CPAS de Rochefontaine – Rue du Vieux Moulin 3, 5580 Rochefontaine
084 22 41 90

Avertissement : ce courriel et ses annexes peuvent contenir des informations confidentielles. Si vous n’en êtes pas le destinataire, merci de le détruire et d’en avertir l’expéditeur.
""",
))

add(M(
    kind="application_received", slug="sociajob_registration", lang="fr",
    company="Sociajob", contact="t.vandeput@sociajob.example.be",
    frm=("Sociajob", "notifications@sociajob.example.be"),
    reply_to=("Thomas Vandeput", "t.vandeput@sociajob.example.be"),
    subject="Votre inscription chez Sociajob",
    date="2026-07-06 11:40 +0200",
    text="""Bonjour Élodie,

Merci pour votre inscription chez Sociajob, le bureau de recrutement spécialisé dans le non-marchand.

Nous avons bien reçu votre CV ainsi que vos préférences (Bruxelles et Brabant wallon, accueil social, petite enfance, accompagnement des familles). Thomas Vandeput, votre Talent Partner, vous contactera cette semaine pour faire connaissance. Vous pouvez lui répondre directement à cette adresse.

À très vite,
L'équipe Sociajob
""",
))

add(M(
    kind="application_received", slug="alzette_ack", lang="fr",
    company="Solidarité Alzette", contact="",
    frm=("Solidarité Alzette", "ne-pas-repondre@solidarite-alzette.example.lu"),
    subject="Votre candidature a bien été reçue",
    date="2026-02-16 19:02 +0100",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Ceci est une réponse automatique.

Votre candidature pour le poste d'aide socio-familiale (Luxembourg-Gare) nous est bien parvenue. Elle sera étudiée par notre service RH dans les meilleurs délais.

Solidarité Alzette
""",
))

# --- German (5)

_WUA = """Sehr geehrte Frau Marchetti-Owusu,

vielen Dank für Ihre Bewerbung als Assistenz Sozialdienst / Entlassmanagement (m/w/d) im Klinikum Wurmtal. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Wurmtal"""
add(M(
    kind="application_received", slug="wurmtal_ack", lang="de",
    company="Klinikum Wurmtal", contact="",
    frm=("Klinikum Wurmtal", "noreply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-03-09 07:21 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_WUA,
    html=ats_card("Klinikum Wurmtal", "#00695c", "Vielen Dank für Ihre Bewerbung", paras(_WUA),
                  footer="Diese E-Mail wurde über softgarden versendet.", lang="de"),
))

add(M(
    kind="application_received", slug="burtscheid_ack", lang="de",
    company="Kinderhilfe Burtscheid", contact="",
    frm=("Kinderhilfe Burtscheid", "kinderhilfe-burtscheid@personio.de"),
    subject="Ihre Bewerbung ist bei uns eingegangen",
    date="2026-05-18 18:52 +0000", parent="cand_burtscheid_application",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Liebe Frau Marchetti-Owusu,

danke für Ihre Bewerbung als Sozialassistentin (m/w/d) in unserer Familienhilfe. Wir haben Ihre Unterlagen erhalten.

Aufgrund der vielen Bewerbungen ist es uns leider nicht möglich, jede Bewerbung einzeln zu beantworten, bevor das Auswahlverfahren abgeschlossen ist. Wir melden uns spätestens Anfang Juni bei allen Bewerberinnen und Bewerbern.

Freundliche Grüße
Ihre Kinderhilfe Burtscheid
""",
))

add(M(
    kind="application_received", slug="pflegewerk_registration", lang="de",
    company="Pflegewerk Personal", contact="d.brandt@pflegewerk-personal.example.de",
    frm=("Dennis Brandt", "d.brandt@pflegewerk-personal.example.de"),
    subject="Ihre Registrierung bei Pflegewerk Personal",
    date="2026-02-02 17:15 +0100",
    text="""Hallo Frau Marchetti-Owusu,

schön, dass Sie sich bei uns registriert haben! Ihr Profil ist angelegt, Lebenslauf und Zeugnisse sind bei mir angekommen.

Als Nächstes schaue ich, welche unserer Partner in der Kinder- und Jugendhilfe rund um Aachen zu Ihnen passen. Für die Anerkennung Ihres belgischen Abschlusses schicke ich Ihnen morgen die Kontaktdaten der zuständigen Stelle bei der Bezirksregierung Köln.

Viele Grüße
Dennis Brandt
Personalberater Soziales
Pflegewerk Personal – Theaterstraße 61, 52062 Aachen
""",
))

add(M(
    kind="application_received", slug="rheinland_ack", lang="de",
    company="Rheinland Kliniken Verbund", contact="",
    frm=("Rheinland Kliniken Verbund", "rheinlandkliniken@icims.com"),
    subject="Bewerbungseingang: Sozialassistenz Psychiatrie (Req 2026-1187)",
    date="2026-10-05 05:58 +0000",
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Sehr geehrte Frau Marchetti-Owusu,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Sozialassistenz Psychiatrie (Req 2026-1187) am Standort Aachen-Brand.

Ihre Unterlagen werden nun von der Personalabteilung und der Fachabteilung geprüft. Über den weiteren Verlauf informieren wir Sie per E-Mail.

Mit freundlichen Grüßen
Personalabteilung
Rheinland Kliniken Verbund

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""",
))

add(M(
    kind="application_received", slug="lousberg_cv", lang="de",
    company="Familienzentrum Lousberg", contact="b.rosenbaum@fz-lousberg.example.de",
    frm=("Birgit Rosenbaum", "b.rosenbaum@fz-lousberg.example.de"),
    subject="Ihre Unterlagen",
    date="2026-07-13 12:44 +0200",
    text="""Liebe Frau Marchetti-Owusu,

Ihre Unterlagen sind gut angekommen – vielen Dank! Ich schaue sie mir in Ruhe an und melde mich in der nächsten Woche.

Herzliche Grüße
Birgit Rosenbaum
Leitung Familienzentrum Lousberg
""",
))

# --- English (3)

_MMA = """Hi Élodie,

Thanks for applying for the Youth Support Worker role at MosaMaas Care! We've received your application and our team will review it over the coming days.

If your experience is a match, a member of our talent team will get in touch to arrange next steps.

Best wishes,
The MosaMaas Care Talent Team"""
add(M(
    kind="application_received", slug="mosamaas_ack", lang="en",
    company="MosaMaas Care", contact="",
    frm=("MosaMaas Care", "no-reply@us.greenhouse-mail.io"),
    subject="Thank you for applying to MosaMaas Care",
    date="2026-01-20 21:06 +0000",
    text=_MMA, html=plain_html(paras(_MMA), "en"),
))

_VRA = """Dear Élodie,

Thank you for your application for the Community Support Assistant position at Vrijthof Community Trust. This email confirms that we have received it.

We receive a large number of applications, and unfortunately we are unable to respond to every applicant individually. Our team reviews every application, and shortlisted candidates will be contacted by the end of August.

Kind regards,
Vrijthof Community Trust"""
add(M(
    kind="application_received", slug="vrijthof_ack", lang="en",
    company="Vrijthof Community Trust", contact="",
    frm=("Vrijthof Community Trust", "noreply@workablemail.com"),
    subject="Your application for Community Support Assistant",
    date="2026-08-17 08:09 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_VRA,
    html=ats_card("Vrijthof Community Trust", "#37474f", "Application received", paras(_VRA),
                  footer="Powered by Workable", lang="en"),
))

add(M(
    kind="application_received", slug="childrenfirst_ack", lang="en",
    company="Children First Europe", contact="",
    frm=("Children First Europe", "no-reply@hire.lever.co"),
    subject="We've received your application – Family Outreach Assistant",
    date="2026-04-13 14:30 +0000",
    cte="base64",
    text="""Hi Élodie,

Thank you for your interest in Children First Europe. We've received your application for the Family Outreach Assistant position (Brussels) and will review it carefully.

You'll hear from us whichever way our decision goes.

Children First Europe – People & Culture
""",
))

# --- Spanish (3)

_GRA = """Hola, Élodie:

Gracias por enviar tu candidatura al puesto de técnica de integración social en la Fundación Giralda Solidaria.

La hemos recibido correctamente. Nuestro equipo la revisará y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Un saludo,
Equipo de Personas – Fundación Giralda Solidaria"""
add(M(
    kind="application_received", slug="giralda_ack", lang="es",
    company="Fundación Giralda Solidaria", contact="",
    frm=("Fundación Giralda Solidaria", "notifications@app.bamboohr.com"),
    subject="Hemos recibido tu candidatura",
    date="2026-03-18 15:17 +0000",
    text=_GRA,
    html=ats_card("Fundación Giralda Solidaria", "#7cb342", "Candidatura recibida", paras(_GRA),
                  footer="Enviado con BambooHR", lang="es"),
))

add(M(
    kind="application_received", slug="santelmo_ack", lang="es",
    company="Hospital San Telmo", contact="",
    frm=("Hospital San Telmo", "hospitalsantelmo@taleo.net"),
    subject="Confirmación de recepción de su candidatura - HST-0426",
    date="2026-05-04 09:30 +0000",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "B"),
    text="""Estimada Sra. Marchetti-Owusu:

Le confirmamos que hemos recibido su solicitud para el puesto de Auxiliar de Trabajo Social (referencia HST-0426).

Puede consultar el estado de su candidatura en cualquier momento accediendo a la sección "Mis solicitudes" del portal de empleo.

Atentamente,
Departamento de Recursos Humanos
Hospital San Telmo

Por favor, no responda a este mensaje.
""",
))

add(M(
    kind="application_received", slug="barriovivo_cv", lang="es",
    company="Asociación Barrio Vivo", contact="rocio@barriovivo.example.es",
    frm=("Rocío Márquez", "rocio@barriovivo.example.es"),
    subject="Re: Candidatura monitora campamento urbano",
    date="2026-06-29 11:58 +0200",
    text="""¡Hola Élodie!

Hemos recibido tu CV, muchas gracias por escribirnos. Lo vemos con el resto del equipo esta semana y te decimos algo.

Un abrazo,
Rocío
""",
))

# =============================================================== offer (10)

_CPO = """Madame Marchetti-Owusu,

J'ai le plaisir de vous informer qu'en séance du 24 mars, le Conseil de l'action sociale a décidé de vous engager en qualité d'auxiliaire sociale pour la cellule petite enfance.

Vous trouverez en pièce jointe notre proposition d'engagement : contrat à durée indéterminée à 4/5e temps (30h24 par semaine), échelle D4, entrée en fonction le 1er mai 2026, avec reprise de votre ancienneté dans le secteur de l'accueil de l'enfance.

Nous vous serions reconnaissants de nous faire part de votre décision au plus tard le vendredi 3 avril, par retour de mail ou par téléphone.

Toute l'équipe se réjouit de vous accueillir !

Nathalie Dewandre
Assistante sociale en chef
CPAS de Vaux-Ourthe
Tél. 04 368 90 12 – GSM 0479 33 18 52"""
add(M(
    kind="offer", slug="cpasvaux_offer", lang="fr",
    company="CPAS de Vaux-Ourthe", contact="n.dewandre@cpas-vauxourthe.example.be",
    frm=("Nathalie Dewandre", "n.dewandre@cpas-vauxourthe.example.be"),
    subject="Proposition d'engagement – auxiliaire sociale",
    date="2026-03-26 09:05 +0100", parent="cpasvaux_moved",
    text=_CPO, html=outlook_html(mso(_CPO)),
    pdf=[{"filename": "Proposition_engagement_Marchetti-Owusu.pdf",
          "title": "CPAS de Vaux-Ourthe - Proposition d'engagement",
          "lines": ["Madame Élodie Marchetti-Owusu",
                    "Fonction : auxiliaire sociale - cellule petite enfance",
                    "Contrat : durée indéterminée, 4/5e temps (30h24/semaine)",
                    "Échelle barémique : D4 - entrée en fonction : 1er mai 2026",
                    "Réponse souhaitée pour le 3 avril 2026",
                    "La Présidente, la Directrice générale"]}],
))

add(M(
    kind="offer", slug="sociajob_parvis_offer", lang="fr",
    company="Maison médicale du Parvis", contact="t.vandeput@sociajob.example.be",
    frm=("Thomas Vandeput", "t.vandeput@sociajob.example.be"),
    subject="Le Parvis veut vous engager !",
    date="2026-08-25 10:14 +0200", parent="sociajob_parvis_cancel",
    text="""Bonjour Élodie,

Je sors d'un appel avec le Dr Claessens : après votre entretien de jeudi dernier, la Maison médicale du Parvis souhaite vous faire une offre pour le poste d'accueillante sociale.

Les conditions proposées : CDI à mi-temps dès le 1er octobre, passage à 4/5e en janvier, barème IFIC catégorie 13, intervention à 100 % dans l'abonnement STIB et chèques-repas.

Je vous appelle à 14h pour en parler de vive voix et répondre à vos questions. Ils aimeraient avoir votre réponse d'ici vendredi.

Félicitations, c'est amplement mérité !

Thomas Vandeput
Talent Partner – Social Profit
Sociajob · +32 2 640 18 77
""",
))

add(M(
    kind="offer", slug="amo_offer", lang="fr",
    company="AMO Arc-en-Ciel", contact="karim.benali@amo-arcenciel.example.be",
    frm=("Karim Benali", "karim.benali@amo-arcenciel.example.be"),
    subject="Suite à notre appel de ce matin – proposition",
    date="2026-10-12 12:30 +0200", parent="amo_missed",
    charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Élodie,

Comme convenu au téléphone ce matin, je vous confirme par écrit notre proposition pour le poste d'intervenante sociale :

– contrat à durée déterminée de 12 mois, renouvelable, à mi-temps (19h/semaine) ;
– commission paritaire 319.00, barème éducatrice classe 2 ;
– début souhaité le lundi 2 novembre ;
– horaires principalement en après-midi, avec une permanence le mercredi.

Le contrat vous sera envoyé dès que vous nous aurez donné votre accord. N'hésitez pas si vous avez des questions d'ici là.

Au plaisir de vous compter parmi nous,

Karim Benali
Directeur – AMO Arc-en-Ciel
081 30 77 45
""",
))

add(M(
    kind="offer", slug="saintleonard_contract", lang="fr",
    company="Maison de quartier Saint-Léonard", contact="g.mertens@mq-saintleonard.example.be",
    frm=("Gaëlle Mertens", "g.mertens@mq-saintleonard.example.be"),
    subject="Votre contrat de travail à signer",
    date="2026-09-22 15:55 +0200",
    text="""Bonjour Élodie,

Vous trouverez ci-joint votre contrat de travail d'accompagnatrice sociale (temps plein, CDI, entrée en fonction le 5 octobre), tel que discuté lors de notre rencontre de lundi.

Merci de le relire, de le parapher sur chaque page, de le signer en deux exemplaires et de nous en renvoyer un, soit par la poste, soit scanné en réponse à ce mail. Si un point ne vous paraît pas correct, appelez-moi avant de signer.

Nous sommes ravis de vous accueillir dans l'équipe !

Gaëlle Mertens
Coordinatrice
Maison de quartier Saint-Léonard
Rue Saint-Léonard 212, 4000 Liège
04 227 31 08
""",
    pdf=[{"filename": "Contrat_de_travail_E_Marchetti-Owusu.pdf",
          "title": "Contrat de travail d'employée - durée indéterminée",
          "lines": ["Entre : la Maison de quartier Saint-Léonard, Liège",
                    "Et : Madame Élodie Marchetti-Owusu",
                    "Fonction : accompagnatrice sociale - temps plein (38h)",
                    "Entrée en service : 5 octobre 2026",
                    "Commission paritaire 329.02",
                    "Fait à Liège en deux exemplaires. Signature : ____________"]}],
))

add(M(
    kind="offer", slug="lephare_offer", lang="fr",
    company="Centre d'accueil Le Phare", contact="dominique.lambot@lephare-namur.example.be",
    frm=("Dominique Lambot", "dominique.lambot@lephare-namur.example.be"),
    subject="Proposition de poste : éducatrice-accompagnatrice",
    date="2026-10-19 09:20 +0200",
    charset="iso-8859-1", cte="base64", subj_enc=("iso-8859-1", "Q"),
    text="""Madame,

Au terme de notre procédure de sélection, j'ai le plaisir de vous proposer le poste d'éducatrice-accompagnatrice au sein de notre service d'hébergement pour mères et enfants, à Namur.

Il s'agit d'un contrat à durée indéterminée à 3/4 temps, avec prise de fonction au 1er décembre 2026, rémunéré selon les barèmes de la commission paritaire 319.02. Vous travaillerez en horaire variable, avec un week-end sur quatre.

Je vous saurais gré de me faire part de votre réponse avant le 30 octobre.

Veuillez agréer, Madame, l'expression de mes sentiments les meilleurs.

Dominique Lambot
Directeur
Centre d'accueil Le Phare
Boulevard d'Herbatte 77, 5000 Namur
""",
))

# --- German (2)

add(M(
    kind="offer", slug="burtscheid_contract", lang="de",
    company="Kinderhilfe Burtscheid", contact="kreutzer@kinderhilfe-burtscheid.example.de",
    frm=("Stefan Kreutzer", "kreutzer@kinderhilfe-burtscheid.example.de"),
    subject="Ihr Arbeitsvertrag – Sozialassistenz Familienhilfe",
    date="2026-06-29 11:05 +0200", parent="burtscheid_ill",
    text="""Liebe Frau Marchetti-Owusu,

wie telefonisch besprochen, freuen wir uns sehr, Sie ab dem 1. September 2026 in unserem Team der Familienhilfe begrüßen zu dürfen.

Anbei erhalten Sie Ihren Arbeitsvertrag (unbefristet, 30 Wochenstunden, Vergütung nach TVöD SuE S 4) in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie eines bis zum 15. Juli an uns zurück – per Post oder eingescannt an diese Adresse.

Für den Arbeitsbeginn benötigen wir außerdem ein erweitertes Führungszeugnis; das Antragsformular liegt bei.

Herzliche Grüße
Stefan Kreutzer
Bereichsleitung Familienhilfe
Kinderhilfe Burtscheid
Burtscheider Markt 9, 52066 Aachen
""",
    pdf=[{"filename": "Arbeitsvertrag_Marchetti-Owusu.pdf",
          "title": "Arbeitsvertrag - Kinderhilfe Burtscheid",
          "lines": ["Zwischen der Kinderhilfe Burtscheid und Frau Élodie Marchetti-Owusu",
                    "Tätigkeit: Sozialassistentin Familienhilfe",
                    "Beginn: 1. September 2026, unbefristet",
                    "Arbeitszeit: 30 Stunden/Woche; Vergütung: TVöD SuE S 4",
                    "Ort, Datum, Unterschrift: ____________________"]},
         {"filename": "Antrag_erweitertes_Fuehrungszeugnis.pdf",
          "title": "Aufforderung erweitertes Führungszeugnis (§ 30a BZRG)",
          "lines": ["Bescheinigung zur Vorlage bei der Meldebehörde",
                    "Frau Élodie Marchetti-Owusu wird in der Kinder- und Jugendhilfe tätig."]}],
))

add(M(
    kind="offer", slug="talentbruecke_offer", lang="de",
    company="Jugendwerk Brand", contact="m.hahn@talentbruecke.example.de",
    frm=("Miriam Hahn", "m.hahn@talentbruecke.example.de"),
    subject="Gute Nachrichten vom Jugendwerk Brand",
    date="2026-10-08 16:40 +0200",
    text="""Hallo Élodie,

ich habe gerade mit der Geschäftsführung vom Jugendwerk Brand telefoniert: Sie möchten dir ein Angebot für die Stelle als Betreuungsassistenz im Offenen Ganztag machen!

Eckdaten: Teilzeit 25 Stunden, Start am 1. November, unbefristet nach sechs Monaten Probezeit, Vergütung in Anlehnung an TVöD S 3. Das schriftliche Angebot schicken sie mir morgen, ich leite es dir sofort weiter.

Ruf mich gern heute noch an, wenn du Fragen hast – ich freu mich für dich!

Miriam Hahn
Talentbrücke Aachen – Personalvermittlung Soziales
Kapuzinergraben 19, 52062 Aachen
Tel. 0241 47 58 96 20
""",
))

# --- English (2)

add(M(
    kind="offer", slug="jeker_offer", lang="en",
    company="Jeker Youth Services", contact="tom.peeters@jekeryouth.example.nl",
    frm=("Tom Peeters", "tom.peeters@jekeryouth.example.nl"),
    subject="Offer of employment – Youth Worker Assistant",
    date="2026-07-17 13:10 +0200", parent="jeker_panel",
    text="""Dear Élodie,

Following your panel interview last week, I'm delighted to offer you the position of Youth Worker Assistant at Jeker Youth Services.

Your offer letter is attached. In short: a one-year contract with a view to a permanent position, 32 hours per week, salary in scale 6 of the collective agreement for youth care, starting on 1 September 2026 at our Sint Pieterskade location.

Please let me know by 27 July whether you accept. I'm happy to answer any questions about the terms or about relocating to Maastricht.

Warm regards,
Tom Peeters
Programme Manager
Jeker Youth Services
Sint Pieterskade 12, 6212 XB Maastricht
+31 43 204 18 55
""",
    pdf=[{"filename": "Offer_letter_Marchetti-Owusu.pdf",
          "title": "Jeker Youth Services - Offer of employment",
          "lines": ["Dear Ms Élodie Marchetti-Owusu,",
                    "Position: Youth Worker Assistant, 32 hours per week",
                    "Start date: 1 September 2026; fixed term of 12 months",
                    "Salary: scale 6, collective agreement for youth care",
                    "Please confirm your acceptance by 27 July 2026.",
                    "Tom Peeters, Programme Manager"]}],
))

add(M(
    kind="offer", slug="childrenfirst_offer", lang="en",
    company="Children First Europe", contact="hannah.byrne@childrenfirst.example.eu",
    frm=("Hannah Byrne", "hannah.byrne@childrenfirst.example.eu"),
    subject="Following up on today's call – our offer",
    date="2026-05-08 17:45 +0200", parent="childrenfirst_moved",
    text="""Hi Élodie,

It was a pleasure to speak earlier, and I'm so glad you're excited about joining us. As promised, here's a written summary of the offer I shared on the phone:

- Role: Family Outreach Assistant, Brussels office
- Contract: permanent (CDI), full time, 38 hours
- Gross monthly salary: EUR 2,950, plus meal vouchers and full public transport reimbursement
- Start date: 1 June 2026, or 15 June if you need more notice

The formal contract will follow from our HR team once you've confirmed you'd like to accept. Could you let me know by Wednesday?

All the best,
Hannah
""",
))

# --- Spanish (1)

_GRO = """Hola, Élodie:

¡Tenemos buenas noticias! Después de la entrevista del jueves, el equipo lo tiene claro: queremos ofrecerte el puesto de técnica de integración social en el programa de acompañamiento a familias.

Las condiciones que te proponemos son: contrato indefinido a jornada completa, salario según el convenio de acción e intervención social (grupo 2), incorporación el 4 de mayo y horario de lunes a viernes de 8:00 a 15:00, con una tarde a la semana.

Te adjuntaremos el contrato en cuanto nos confirmes que aceptas. ¿Podrías contestarnos antes del lunes 20?

Un abrazo y enhorabuena,

Lucía Romero
Responsable de Personas
Fundación Giralda Solidaria
Tel. 955 10 42 87"""
add(M(
    kind="offer", slug="giralda_offer", lang="es",
    company="Fundación Giralda Solidaria", contact="lucia.romero@giraldasolidaria.example.es",
    frm=("Lucía Romero", "lucia.romero@giraldasolidaria.example.es"),
    subject="Oferta – técnica de integración social",
    date="2026-04-14 10:30 +0200", parent="giralda_moved",
    text=_GRO, html=plain_html(paras(_GRO), "es"),
))
