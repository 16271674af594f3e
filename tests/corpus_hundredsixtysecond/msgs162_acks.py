"""Corpus 162 — application acknowledgements (21) and offers (10): hand-written specs."""

from __future__ import annotations

from msgs162_common import (
    ats_card,
    forward_block,
    m,
    outlook_html,
    page,
    paras,
    pdf,
    when,
)

LAITERIE = ("Claire Fontvieille", "claire.fontvieille@laiterie-monts.example.fr")
KARINE = ("Karine Mazoyer", "karine.mazoyer@talents-interim.example.fr")
SEVERINE = ("Séverine Chappuis", "severine.chappuis@clinique-alpes.example.ch")
BETTEX = ("Corinne Bettex", "corinne.bettex@analytica-romande.example.ch")
REYMOND = ("Pascal Reymond", "pascal.reymond@lacjura-placement.example.ch")
BURNIER = ("Jean-Marc Burnier", "jm.burnier@fromagerie-aravis.example.fr")
CIARA = ("Ciara Nolan", "ciara.nolan@shamrockrecruit.example.ie")
RENZ = ("Tobias Renz", "tobias.renz@profood-personal.example.de")
NURIA = ("Nuria Lasheras", "nuria.lasheras@labmoncayo.example.es")
ARNAUD = ("Patricia Arnaud", "patricia.arnaud@ch-saintclair.example.fr")
BRACHET = ("Mélanie Brachet", "melanie.brachet@viennoiseries-cr.example.fr")
GIULIA = ("Giulia Cravero", "giulia.cravero@pastificio-sabaudo.example.it")
WOERNER = ("Anja Wörner", "anja.woerner@lml-sued.example.de")
PILAR = ("Pilar Ortiz", "pilar.ortiz@conservasebro.example.es")

# =================================================================== application_received

A_LAITERIE = """Bonjour Bastien,

Merci d'avoir postulé au poste d'Assistant qualité - hygiène (CDI) à la Laiterie des Monts du Lyonnais !

Votre candidature a bien été enregistrée et a été transmise à Claire Fontvieille, qui suit ce recrutement. Elle reviendra vers vous dans les deux semaines qui viennent.

En attendant, vous pouvez découvrir notre métier et nos fromageries sur notre page carrières.

À bientôt,
L'équipe recrutement de la Laiterie des Monts du Lyonnais
"""

A_TALENTS = """Bonjour Bastien,

Bienvenue chez Talents Intérim Rhône ! Votre inscription a bien été validée par l'agence de Lyon Part-Dieu.

Votre espace candidat est actif : vous pouvez y déposer vos documents (pièce d'identité, carte Vitale, attestation de formation HACCP) et indiquer vos disponibilités.

Votre dossier est suivi par Karine Mazoyer, chargée de recrutement du pôle Agroalimentaire. Elle vous contactera prochainement pour faire le point sur votre projet.

Identifiant : bastien.ol@example.fr
Espace candidat : https://moncompte.talents-interim.example.fr

À très vite,
Talents Intérim Rhône

Ceci est un message automatique, merci de ne pas y répondre.
"""

A_RESTORIA = """Bonjour Bastien,

Nous vous confirmons la bonne réception de votre candidature au poste de Responsable qualité cuisine centrale (R-10482).

Notre équipe va étudier votre profil avec attention. En raison du grand nombre de candidatures que nous recevons, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat. Si votre profil correspond à nos attentes, un membre de l'équipe vous contactera.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre compte candidat.

Cordialement,
L'équipe Recrutement Restoria Collectivités
"""

A_LABOVAL = """Bonjour Bastien,

Nous avons bien reçu votre candidature pour le poste : Technicien qualité microbiologie (H/F) - Lyon Gerland.

Nous prenons le temps d'étudier chaque dossier et reviendrons vers vous dès que possible.

Merci de votre intérêt pour LaboVal Analyses.

Le service RH
"""

A_SODIREST = """<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Tahoma,sans-serif;font-size:13px">
<p><img src="https://sodirest.taleo.example.net/logo.png" alt="Sodirest" width="140"></p>
<p>Bonjour Bastien Okafor-Leroux,</p>
<p>Nous accusons réception de votre candidature pour le poste <b>Animateur qualité-hygiène H/F - secteur Nord-Isère</b> (référence 2600317).</p>
<p>Votre dossier sera examiné par notre équipe Ressources Humaines. Vous pouvez consulter le statut de votre candidature en vous connectant à votre profil dans la section « Mes candidatures ».</p>
<p>Sodirest vous remercie de l'intérêt que vous portez à son entreprise.</p>
<p style="color:#888;font-size:11px">Ce courriel a été envoyé par un système automatique. Merci de ne pas y répondre.</p>
</td></tr></table>"""

A_CLINIQUE = """Monsieur,

Nous accusons réception de votre postulation pour la place de Collaborateur qualité hygiène alimentaire et vous en remercions.

Votre dossier est complet. Il sera examiné par la commission de sélection d'ici au 12 juin ; nous reprendrons contact avec vous à l'issue de cet examen.

Nous vous adressons nos meilleures salutations.

Séverine Chappuis
Ressources humaines - Service hôtelier
Clinique des Alpes Genève
"""

A_ANALYTICA = """Bonjour Monsieur Okafor-Leroux,

Je vous remercie pour votre dossier de postulation au poste d'Assistant qualité (80-100 %), reçu ce jour.

Je me permets de vous signaler que le cahier des charges a légèrement évolué depuis la publication : le poste inclut désormais la gestion des non-conformités fournisseurs. Je reviens vers vous après l'examen des dossiers, prévu la semaine du 21 septembre.

Meilleures salutations,

Corinne Bettex
Responsable RH
Analytica Romande
Chemin du Closel 5, 1020 Renens
+41 21 635 19 80
"""

A_VILLEURBANNE = """Bonjour,

Votre candidature au poste de Responsable hygiène et sécurité alimentaire (Cuisine centrale municipale) a été enregistrée sous le numéro 2026-CC-0117.

Votre dossier est complet (lettre de motivation, CV, diplômes).

Le jury de recrutement se réunira fin avril. Les candidats retenus pour un entretien seront contactés par téléphone.

Direction des ressources humaines
Ville de Villeurbanne (fictive)
Message automatique - ne pas répondre
"""

A_LACJURA = """Bonjour Monsieur Okafor-Leroux,

Merci pour votre visite à notre bureau de Lausanne ce matin et pour les documents transmis.

Je vous confirme votre inscription dans notre fichier de candidats pour des postes fixes et temporaires dans l'industrie alimentaire en Suisse romande. Comme convenu, je ne transmettrai jamais votre dossier nominatif sans votre accord préalable.

Afin de finaliser votre inscription, merci de me faire parvenir la copie de votre permis de conduire et vos certificats de travail traduits.

Avec mes meilleures salutations,

Pascal Reymond
Conseiller en personnel - Industrie alimentaire
Placement Lac & Jura
Avenue de la Gare 12, 1003 Lausanne
+41 21 311 48 70
"""

A_ARAVIS = """Bonjour,

Bien reçu votre CV pour le poste de responsable hygiène à l'atelier de Thônes. Je le transmets au directeur et on revient vers vous.

Jean-Marc Burnier
Fromagerie Aravis
"""

A_NORDVIK = """Dear Bastien,

Thank you for applying for the Quality Assurance Associate position (JR-20931) at Nordvik Foods.

We have received your application and our recruitment team will review it against the requirements of the role. You can track the status of your application at any time by signing in to your candidate home.

If your background matches what we are looking for, we will contact you about next steps.

Kind regards,
Talent Acquisition Team
Nordvik Foods

This email was sent from an unattended mailbox.
"""

A_LIFFEY = """Hi Bastien,

Thanks for applying to the QA Technician role at Liffey Bakeries! We've received your application and our team is reviewing it now.

We'll be in touch if your skills and experience are a good match for the position.

Best,
The Liffey Bakeries Talent Team
"""

A_SHAMROCK = """Hi Bastien,

Lovely to speak with you this afternoon, and welcome to Shamrock Food Recruitment!

This is just to confirm you're now registered with us. I've added your CV to our system, tagged you for QA, hygiene and food safety roles in Dublin, Kildare and Meath, and noted that you're relocating from Lyon in February.

Next step from my side: I'll send you a couple of roles this week. From yours: please send me a scan of your HACCP Level 2 and 3 certificates when you get a chance.

Speak soon,
Ciara

Ciara Nolan | Senior Consultant, Food & Beverage
Shamrock Food Recruitment | 14 Baggot Street Lower, Dublin 2
"""

A_BIOQUAL = """Hi Bastien,

Thanks for your application to the Laboratory Quality Assistant position at BioQual Piemonte. This note confirms we've got it.

Our team reads every application, and we aim to get back to you within three weeks.

Best wishes,
BioQual Piemonte
"""

A_FRIGO = """Hello Bastien,

Thank you for applying for the position of HACCP Coordinator at Frigo Alpina. Your application has been received successfully.

Unfortunately, due to the high volume of applications, we are unable to respond to every applicant individually. If you are selected to move on in the process, a member of our HR team will reach out to you directly.

Thank you for your interest in Frigo Alpina.

Frigo Alpina HR Team
"""

A_NECKAR = """Hallo Bastien Okafor-Leroux,

vielen Dank für Deine Bewerbung als Hygienebeauftragter (m/w/d) in Esslingen! Wir haben Deine Unterlagen erhalten und melden uns so schnell wie möglich bei Dir.

Beste Grüße
Dein Recruiting-Team von Neckar Feinkost
"""

A_KLINIKUM = """Sehr geehrter Herr Okafor-Leroux,

vielen Dank für Ihre Bewerbung auf die Position Diätassistent / Hygienefachkraft Küche (Kennziffer 2026-0314). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von vier Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Klinikum Stuttgart-Ost
Personalabteilung
"""

A_PROFOOD = """Guten Tag Herr Okafor-Leroux,

herzlich willkommen bei ProFood Personal! Ihre Registrierung in unserem Bewerberpool ist abgeschlossen.

Ihr persönlicher Ansprechpartner ist Tobias Renz. Er wird sich in den nächsten Tagen telefonisch bei Ihnen melden, um Ihre Wünsche (Region Stuttgart, Qualitätssicherung/Hygiene, Vollzeit) zu besprechen. Antworten Sie gerne direkt auf diese E-Mail, sie geht an ihn.

Freundliche Grüße
Ihr Team von ProFood Personal
"""

A_EBRO = """Hola Bastien,

¡Gracias por tu interés en Conservas del Ebro!

Hemos recibido correctamente tu solicitud para el puesto de Técnico/a de Calidad (Zaragoza). Nuestro equipo de Recursos Humanos la revisará en los próximos días.

Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Saludos,
Equipo de Recursos Humanos
Conservas del Ebro
"""

A_CARNICAS = """Estimado/a Bastien:

Gracias por presentar su candidatura al puesto de Técnico/a de Calidad y Seguridad Alimentaria (Ref. CA-2026-044).

Le confirmamos que la hemos recibido correctamente. Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma individual a cada candidato; si su perfil avanza en el proceso, nos pondremos en contacto con usted.

Atentamente,
Departamento de Personas
Cárnicas Aragonesas
"""

A_MONCAYO = """Hola Bastien:

Hemos recibido tu CV para el puesto de auxiliar de laboratorio, gracias. Lo revisaremos esta semana con la directora técnica.

Un saludo,
Nuria Lasheras
Administración - Laboratorio Moncayo
C/ Miguel Servet 30, 50002 Zaragoza
"""

# =================================================================== offers

O_LAITERIE = """Bonjour Bastien,

Suite à votre entretien du 20 février, j'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste d'Assistant qualité - hygiène en CDI sur notre site de Saint-Symphorien-sur-Coise.

Vous trouverez en pièce jointe notre proposition d'embauche détaillée. Pour résumer :
- rémunération : 29 800 € bruts annuels sur 13 mois
- statut : agent de maîtrise, 35 h hebdomadaires, horaires de journée
- date de prise de poste souhaitée : lundi 6 avril 2026
- mutuelle et participation

Nous vous serions reconnaissants de nous faire part de votre réponse d'ici le vendredi 13 mars. Je reste à votre disposition pour toute question, et Damien Chaverot se tient prêt à vous appeler si vous souhaitez échanger sur le poste.

Au plaisir de vous accueillir dans l'équipe,

Claire Fontvieille
Chargée de ressources humaines
Laiterie des Monts du Lyonnais
04 78 44 61 20
"""

O_GROSDEVAUD = """Bonjour Monsieur Okafor-Leroux,

J'ai d'excellentes nouvelles : Fromages du Gros-de-Vaud souhaite vous faire une offre pour le poste de Responsable qualité et hygiène de l'atelier d'affinage.

Les conditions proposées par notre mandant :
- salaire annuel brut CHF 81'500.-, versé en 13 fois
- taux d'activité 100 %, entrée en fonction le 1er juin 2026 ou à convenir
- 5 semaines de vacances, prise en charge des frais de permis de séjour

M. Pidoux aimerait une réponse d'ici au 8 avril. Je vous propose que nous en parlions de vive voix demain ; appelez-moi sur mon natel quand cela vous arrange.

Toutes mes félicitations,

Pascal Reymond
Placement Lac & Jura
natel +41 79 512 33 08
"""

O_SAINTCLAIR = """Monsieur,

Suite à la décision favorable du jury du 4 juin, j'ai le plaisir de vous adresser votre contrat de travail pour le poste de Technicien hygiène et qualité en restauration hospitalière (contrat à durée déterminée d'un an, en vue d'une mise en stage).

Vous trouverez le contrat en pièce jointe, en deux exemplaires. Merci de les retourner signés et paraphés au Bureau du recrutement avant le 26 juin, accompagnés des pièces listées en page 2. La prise de fonctions est fixée au 1er juillet 2026.

Vous pouvez également signer électroniquement via le lien reçu dans un courriel séparé.

Cordialement,

Patricia Arnaud
Bureau du recrutement - Direction des ressources humaines
Centre hospitalier Saint-Clair de Grenoble
04 76 21 90 30
"""

O_VIENNOISERIES = """Bonjour Bastien,

Comme je vous l'ai dit au téléphone hier soir, Frédéric et moi avons été vraiment convaincus par votre journée d'essai. On aimerait vous prendre comme référent hygiène et qualité pour nos trois boutiques et le fournil.

Je vous confirme par écrit ce qu'on s'est dit : CDI, 35 h, 2 200 € bruts par mois pour commencer, révision à six mois, démarrage le 1er octobre si possible. Le contrat part chez notre comptable cette semaine.

Dites-moi si tout est bon pour vous et je lance la rédaction.

Mélanie
Viennoiseries Croix-Rousse
06 84 11 52 39
"""

O_ANALYTICA = """Bonjour Monsieur Okafor-Leroux,

Nous avons le plaisir de vous confirmer notre proposition d'engagement en qualité d'Assistant qualité au sein d'Analytica Romande, à un taux d'activité de 100 %.

Vous trouverez ci-joint la lettre d'engagement précisant les conditions : salaire annuel brut de CHF 74'100.-, versé en 13 mensualités, entrée en fonction le 1er décembre 2026, temps d'essai de trois mois.

Nous vous saurions gré de nous retourner un exemplaire signé d'ici au 23 octobre.

Nous nous réjouissons de votre arrivée et vous adressons nos meilleures salutations.

Corinne Bettex
Responsable RH
Analytica Romande
+41 21 635 19 80
"""

O_PASTIFICIO = """Hi Bastien,

Following up on our call this afternoon: as I said, we'd be delighted to have you join Pastificio Sabaudo as Food Safety & Quality Assistant.

To put in writing what we discussed: a permanent contract under the food industry national agreement (level 4), EUR 31,000 gross per year, start date 1 October, with help finding accommodation for the first month. Our HR colleague Stefano will send the formal offer letter and contract by Monday.

Take the weekend to think it over and let me know.

Warm regards,
Giulia Cravero
Quality Manager, Pastificio Sabaudo
"""

O_DODDER = """Hi Bastien,

Fantastic news - Dodder Valley Foods want to make you an offer for the Food Safety & QA Officer role in Tallaght!

I've attached their email to me so you have it word for word. Headline numbers: EUR 42,000 base, 10% shift allowance for the occasional weekend cover, 25 days' leave, start date to be agreed.

Have a think and ring me whenever suits - I'm around all evening. Massive congratulations, you earned this one.

Ciara

Ciara Nolan | Senior Consultant, Food & Beverage
Shamrock Food Recruitment | M: +353 87 219 6645
"""

O_DODDER_INNER = """Hi Ciara,

Thanks for sending Bastien our way. The panel were unanimous after Tuesday, and we'd like to offer him the Food Safety & QA Officer position.

Terms: EUR 42,000 base salary, 10% shift allowance where weekend cover applies, 25 days' annual leave, pension after probation. Start date flexible, ideally early November.

Could you pass this on and let us know his answer by Friday week? We'll issue the written contract once he accepts.

Best,
Róisín Kehoe
Head of Quality, Dodder Valley Foods
"""

O_LML = """Sehr geehrter Herr Okafor-Leroux,

nach Ihrem Probearbeitstag am 17. Juni freuen wir uns, Ihnen die Stelle als Hygienetechniker (m/w/d) in unserem Labor anzubieten.

Anbei erhalten Sie unser Vertragsangebot mit allen Details. Die wichtigsten Eckdaten:
- unbefristeter Arbeitsvertrag, 39 Stunden pro Woche
- Bruttojahresgehalt 44.500 EUR
- Beginn: 1. September 2026
- 30 Tage Urlaub, Zuschuss zum Deutschlandticket

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 10. Juli zurück. Für Fragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Dr. Anja Wörner
Laborleitung Hygiene & Mikrobiologie
LebensmittelLabor Süd
"""

O_REMSTAL_NEW = """Hallo Herr Okafor-Leroux,

ich habe gerade die Nachricht bekommen, auf die wir gewartet haben: Remstal Getränke möchte Ihnen ein Angebot machen! Der Kunde war nach dem Gespräch am 5. März sehr angetan.

Unten die Mail von Frau Yilmaz mit den Konditionen. Rufen Sie mich an, dann besprechen wir alles Weitere, auch die Frage des Umzugs.

Herzlichen Glückwunsch!
Tobias Renz
ProFood Personal GmbH | Mobil 0170 4418 921
"""

O_REMSTAL_FWD = """Hallo Herr Renz,

wir möchten Herrn Okafor-Leroux die Stelle als Hygienekoordinator (m/w/d) in der Abfüllung anbieten: Vollzeit, unbefristet, 46.000 EUR brutto jährlich zzgl. Schichtzulagen, Start am 1. Mai 2026. Den Vertrag schicken wir nach seiner Zusage direkt an ihn.

Viele Grüße
Derya Yilmaz
QM-Beauftragte, Remstal Getränke
"""

O_EBRO = """Hola Bastien:

Tras la entrevista del 21 de mayo y la conversación con Ana Royo, nos alegra comunicarte que queremos ofrecerte el puesto de Técnico/a de Calidad en Conservas del Ebro.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, jornada completa, salario bruto anual de 27.500 euros en 14 pagas e incorporación el 1 de julio de 2026.

Te agradeceríamos que nos confirmaras tu decisión antes del 12 de junio.

¡Esperamos contar contigo!

Pilar Ortiz
Recursos Humanos
Conservas del Ebro
976 57 33 20
"""

_REMSTAL_FWD_BLOCK = forward_block(
    "de", when("2026-03-12 09:02"), "Derya Yilmaz <d.yilmaz@remstal-getraenke.example.de>",
    "Tobias Renz <tobias.renz@profood-personal.example.de>",
    "Angebot Hygienekoordinator - Herr Okafor-Leroux")

DODDER_INNER = m(
    key="o_dodder_inner", lang="en", frm=("Róisín Kehoe", "roisin.kehoe@doddervalley.example.ie"),
    to=[CIARA], subject="Offer - Food Safety & QA Officer (Bastien Okafor-Leroux)",
    date=when("2026-10-12 11:20", "ie"), text=O_DODDER_INNER)

MESSAGES = [
    # ------------------------------------------------------------ application_received
    m(key="a_laiterie", kind="application_received", lang="fr", scenario="recruitee_reply_to_hr",
      company="Laiterie des Monts du Lyonnais", contact=LAITERIE[1],
      frm=("Laiterie des Monts du Lyonnais", "laiteriemonts@jobs.recruitee.com"),
      reply_to=LAITERIE, subject="Nous avons bien reçu votre candidature",
      date=when("2026-02-03 21:14", "utc"), text=A_LAITERIE,
      html=ats_card("Laiterie des Monts du Lyonnais", paras(A_LAITERIE), color="#3b7d3b",
                    footer="Propulsé par Recruitee")),
    m(key="a_talents", kind="application_received", lang="fr",
      scenario="agency_registration_auto", company="Talents Intérim Rhône", contact="",
      frm=("Talents Intérim Rhône", "ne-pas-repondre@talents-interim.example.fr"),
      subject="Bienvenue ! Votre inscription est confirmée", date=when("2026-01-12 18:30"),
      text=A_TALENTS, html=ats_card("Talents Intérim Rhône", paras(A_TALENTS),
                                    color="#e67e22"), cte="b64"),
    m(key="a_restoria", kind="application_received", lang="fr",
      scenario="workday_cannot_reply_individually", company="Restoria Collectivités",
      contact="", frm=("Restoria Collectivités", "restoria@myworkday.com"),
      name_enc=("utf-8", "B"),
      subject="Confirmation de candidature - Responsable qualité cuisine centrale",
      date=when("2026-01-08 07:58", "us"), text=A_RESTORIA,
      html=ats_card("Restoria Collectivités", paras(A_RESTORIA),
                    footer="Restoria Collectivités - Workday Recruiting")),
    m(key="a_laboval", kind="application_received", lang="fr", scenario="smartrecruiters_ack",
      company="LaboVal Analyses", contact="",
      frm=("LaboVal Analyses", "noreply@smartrecruiters.com"),
      subject="Merci pour votre candidature chez LaboVal Analyses",
      date=when("2026-01-26 13:41", "utc"), text=A_LABOVAL, charset="iso-8859-1", cte="8bit"),
    m(key="a_sodirest", kind="application_received", lang="fr", scenario="taleo_html_only",
      company="Sodirest", contact="", frm=("Sodirest", "sodirest@taleo.net"),
      subject="Sodirest - Accusé de réception de votre candidature",
      subj_enc=("windows-1252", "Q"),
      date=when("2026-04-01 02:17", "us"), html=page(A_SODIREST, charset="windows-1252"), html_charset="windows-1252",
      cte="qp"),
    m(key="a_clinique", kind="application_received", lang="fr", scenario="swiss_postulation_ack",
      company="Clinique des Alpes Genève", contact=SEVERINE[1], frm=SEVERINE,
      subject="Accusé de réception de votre postulation", date=when("2026-06-01 10:12"),
      text=A_CLINIQUE, charset="iso-8859-1", cte="qp"),
    m(key="a_analytica", kind="application_received", lang="fr", scenario="swiss_hr_human_ack",
      company="Analytica Romande", contact=BETTEX[1], frm=BETTEX,
      subject="Votre dossier de postulation - Assistant qualité",
      date=when("2026-09-07 16:05"), text=A_ANALYTICA,
      html=outlook_html(paras(A_ANALYTICA))),
    m(key="a_villeurbanne", kind="application_received", lang="fr",
      scenario="public_sector_dossier_complet", company="Cuisine centrale de Villeurbanne",
      contact="",
      frm=("Ville de Villeurbanne - Emploi", "ne-pas-repondre@villeurbanne-cuisine.example.fr"),
      subject="Enregistrement de votre candidature n° 2026-CC-0117",
      date=when("2026-03-20 09:00"), text=A_VILLEURBANNE),
    m(key="a_lacjura", kind="application_received", lang="fr",
      scenario="swiss_agency_registration", company="Placement Lac & Jura",
      contact=REYMOND[1], frm=REYMOND, subject="Votre inscription chez Placement Lac & Jura",
      date=when("2026-03-02 14:50"), text=A_LACJURA),
    m(key="a_aravis", kind="application_received", lang="fr", scenario="short_human_cv_received",
      company="Fromagerie Aravis", contact=BURNIER[1], frm=BURNIER,
      subject="Re: Candidature responsable hygiène", date=when("2026-10-01 12:03"),
      text=A_ARAVIS),
    m(key="a_nordvik", kind="application_received", lang="en", scenario="workday_ack",
      company="Nordvik Foods", contact="",
      frm=("Nordvik Foods Talent Acquisition", "nordvik@myworkday.com"),
      subject="We've received your application: Quality Assurance Associate",
      date=when("2026-08-03 05:32", "us"), text=A_NORDVIK,
      html=ats_card("Nordvik Foods", paras(A_NORDVIK), color="#123c69",
                    footer="Powered by Workday")),
    m(key="a_liffey", kind="application_received", lang="en", scenario="greenhouse_ack",
      company="Liffey Bakeries", contact="",
      frm=("Liffey Bakeries", "no-reply@greenhouse-mail.io"),
      subject="Thank you for applying to Liffey Bakeries", date=when("2026-03-10 19:44", "ie"),
      text=A_LIFFEY, html=ats_card("Liffey Bakeries", paras(A_LIFFEY), color="#2e7d32")),
    m(key="a_shamrock", kind="application_received", lang="en",
      scenario="agency_registration_human", company="Shamrock Food Recruitment",
      contact=CIARA[1], frm=CIARA, subject="Welcome to Shamrock + next steps",
      date=when("2026-01-20 16:55", "ie"), text=A_SHAMROCK),
    m(key="a_bioqual", kind="application_received", lang="en", scenario="ashby_ack",
      company="BioQual Piemonte", contact="",
      frm=("BioQual Piemonte", "no-reply@ashbyhq.com"),
      subject="Application received - Laboratory Quality Assistant",
      date=when("2026-05-25 08:10", "utc"), text=A_BIOQUAL, html=page(paras(A_BIOQUAL))),
    m(key="a_frigo", kind="application_received", lang="en",
      scenario="workable_cannot_reply_individually", company="Frigo Alpina", contact="",
      frm=("Frigo Alpina", "noreply@workablemail.com"),
      subject="Frigo Alpina: we received your application", date=when("2026-08-10 10:02", "utc"),
      text=A_FRIGO, html=ats_card("Frigo Alpina", paras(A_FRIGO), color="#0277bd",
                                  footer="Powered by Workable")),
    m(key="a_neckar", kind="application_received", lang="de", scenario="personio_eingang",
      company="Neckar Feinkost", contact="",
      frm=("Neckar Feinkost Recruiting", "no-reply@personio.de"),
      subject="Deine Bewerbung bei Neckar Feinkost", date=when("2026-05-06 20:20"),
      text=A_NECKAR),
    m(key="a_klinikum", kind="application_received", lang="de",
      scenario="softgarden_four_weeks", company="Klinikum Stuttgart-Ost", contact="",
      frm=("Klinikum Stuttgart-Ost", "noreply@softgarden.io"),
      subject="Eingangsbestätigung Ihrer Bewerbung (Kennziffer 2026-0314)",
      subj_enc=("iso-8859-1", "Q"), date=when("2026-03-04 11:30"), text=A_KLINIKUM,
      html=ats_card("Klinikum Stuttgart-Ost", paras(A_KLINIKUM), color="#00695c",
                    footer="powered by softgarden"), cte="b64"),
    m(key="a_profood", kind="application_received", lang="de",
      scenario="agency_registration_reply_to", company="ProFood Personal", contact=RENZ[1],
      frm=("ProFood Personal", "bewerberpool@profood-personal.example.de"), reply_to=RENZ,
      subject="Ihre Registrierung bei ProFood Personal", date=when("2026-02-09 08:05"),
      text=A_PROFOOD, charset="windows-1252", cte="qp"),
    m(key="a_ebro", kind="application_received", lang="es", scenario="bamboohr_ack",
      company="Conservas del Ebro", contact="",
      frm=("Conservas del Ebro", "no-reply@bamboohr.com"),
      subject="Hemos recibido tu solicitud", date=when("2026-05-04 12:47", "us"),
      text=A_EBRO, html=ats_card("Conservas del Ebro", paras(A_EBRO), color="#8e2430")),
    m(key="a_carnicas", kind="application_received", lang="es",
      scenario="successfactors_cannot_reply_individually", company="Cárnicas Aragonesas",
      contact="", frm=("Cárnicas Aragonesas - Selección", "noreply@successfactors.eu"),
      name_enc=("iso-8859-1", "Q"),
      subject="Confirmación de recepción de su candidatura (Ref. CA-2026-044)",
      subj_enc=("utf-8", "Q"), date=when("2026-02-23 17:33"), text=A_CARNICAS,
      charset="iso-8859-1", cte="qp"),
    m(key="a_moncayo", kind="application_received", lang="es", scenario="human_cv_received",
      company="Laboratorio Moncayo", contact=NURIA[1], frm=NURIA,
      subject="Candidatura auxiliar de laboratorio", date=when("2026-06-15 09:27"),
      text=A_MONCAYO, cte="8bit"),
    # ------------------------------------------------------------ offers
    m(key="o_laiterie", kind="offer", lang="fr", scenario="formal_offer_pdf",
      company="Laiterie des Monts du Lyonnais", contact=LAITERIE[1], frm=LAITERIE,
      subject="Proposition d'embauche - Assistant qualité hygiène",
      date=when("2026-03-03 10:40"), text=O_LAITERIE, html=outlook_html(paras(O_LAITERIE)),
      attach=[pdf("Proposition_embauche_Okafor-Leroux.pdf", [
          "LAITERIE DES MONTS DU LYONNAIS", "Proposition d'embauche", "",
          "Saint-Symphorien-sur-Coise, le 3 mars 2026", "",
          "Monsieur Bastien Okafor-Leroux,",
          "Nous avons le plaisir de vous proposer un contrat a duree indeterminee",
          "au poste d'Assistant qualite - hygiene, statut agent de maitrise.",
          "Remuneration : 29 800 EUR bruts annuels sur 13 mois.",
          "Date d'entree : 6 avril 2026.", "Reponse souhaitee avant le 13 mars 2026.", "",
          "Claire Fontvieille, Ressources humaines"])],
      quote_of="x_laiterie_thanks"),
    m(key="o_grosdevaud", kind="offer", lang="fr", scenario="swiss_agency_client_offer",
      company="Fromages du Gros-de-Vaud", contact=REYMOND[1], frm=REYMOND,
      subject="Offre de Fromages du Gros-de-Vaud !", date=when("2026-03-30 18:12"),
      text=O_GROSDEVAUD, reply_of="s_grosdevaud"),
    m(key="o_saintclair", kind="offer", lang="fr", scenario="contract_for_signature_pdf",
      company="Centre hospitalier Saint-Clair", contact=ARNAUD[1], frm=ARNAUD,
      subject="Votre contrat de travail - Technicien hygiène et qualité",
      date=when("2026-06-15 11:25"), text=O_SAINTCLAIR, cte="b64",
      attach=[pdf("Contrat_CDD_Okafor-Leroux_signature.pdf", [
          "CENTRE HOSPITALIER SAINT-CLAIR DE GRENOBLE", "Contrat a duree determinee", "",
          "Entre le Centre hospitalier Saint-Clair et M. Bastien Okafor-Leroux",
          "Emploi : Technicien hygiene et qualite en restauration hospitaliere",
          "Duree : 12 mois a compter du 1er juillet 2026", "",
          "Signature de l'agent : ____________________",
          "Signature du Directeur : ____________________"])]),
    m(key="o_viennoiseries", kind="offer", lang="fr", scenario="verbal_offer_follow_up",
      company="Viennoiseries Croix-Rousse", contact=BRACHET[1], frm=BRACHET,
      subject="Suite à notre appel d'hier", date=when("2026-09-08 08:03"),
      text=O_VIENNOISERIES, charset="windows-1252", cte="qp"),
    m(key="o_analytica", kind="offer", lang="fr", scenario="swiss_engagement_letter_pdf",
      company="Analytica Romande", contact=BETTEX[1], frm=BETTEX,
      subject="Proposition d'engagement – Assistant qualité", subj_enc=("utf-8", "B"),
      date=when("2026-10-09 14:00"), text=O_ANALYTICA, charset="iso-8859-1", cte="qp",
      attach=[pdf("Lettre_engagement_Okafor-Leroux.pdf", [
          "Analytica Romande - Chemin du Closel 5, 1020 Renens", "",
          "Lettre d'engagement", "Poste : Assistant qualite, taux d'activite 100 %",
          "Salaire annuel brut : CHF 74'100.- (13 mensualites)",
          "Entree en fonction : 1er decembre 2026", "Temps d'essai : 3 mois", "",
          "Lu et approuve : ____________________"])],
      reply_of="a_analytica"),
    m(key="o_pastificio", kind="offer", lang="en", scenario="verbal_offer_follow_up",
      company="Pastificio Sabaudo", contact=GIULIA[1], frm=GIULIA,
      subject="Following our call - your offer", date=when("2026-07-31 17:30"),
      text=O_PASTIFICIO, html=page(paras(O_PASTIFICIO)), reply_of="s_pastificio"),
    m(key="o_dodder", kind="offer", lang="en", scenario="agency_client_offer_rfc822",
      company="Dodder Valley Foods", contact=CIARA[1], frm=CIARA,
      subject="Dodder Valley Foods want to make you an offer!",
      date=when("2026-10-12 12:02", "ie"), text=O_DODDER,
      attach=[{"rfc822": DODDER_INNER}]),
    m(key="o_lml", kind="offer", lang="de", scenario="vertragsangebot_pdf",
      company="LebensmittelLabor Süd", contact=WOERNER[1], frm=("Dr. Anja Wörner", WOERNER[1]),
      name_enc=("iso-8859-1", "Q"), subject="Vertragsangebot Hygienetechniker (m/w/d)",
      date=when("2026-06-29 15:15"), text=O_LML, cte="qp",
      attach=[pdf("Vertragsangebot_Okafor-Leroux.pdf", [
          "LebensmittelLabor Sued - Industriestrasse 17 - 70565 Stuttgart", "",
          "Vertragsangebot", "Position: Hygienetechniker (m/w/d)",
          "Beginn: 1. September 2026, unbefristet, 39 Std./Woche",
          "Bruttojahresgehalt: 44.500 EUR", "Rueckantwort bis 10. Juli 2026"])]),
    m(key="o_remstal", kind="offer", lang="de", scenario="agency_forwards_client_offer",
      company="Remstal Getränke", contact=RENZ[1], frm=RENZ,
      subject="WG: Angebot Hygienekoordinator - Herr Okafor-Leroux",
      date=when("2026-03-12 09:40"),
      text=O_REMSTAL_NEW + "\n" + _REMSTAL_FWD_BLOCK + "\n" + O_REMSTAL_FWD,
      reply_of="s_remstal"),
    m(key="o_ebro", kind="offer", lang="es", scenario="carta_oferta_pdf",
      company="Conservas del Ebro", contact=PILAR[1], frm=PILAR,
      subject="Oferta de empleo - Técnico/a de Calidad", date=when("2026-06-02 13:15"),
      text=O_EBRO, html=outlook_html(paras(O_EBRO)),
      attach=[pdf("Carta_oferta_Conservas_del_Ebro.pdf", [
          "CONSERVAS DEL EBRO - Poligono Malpica, Zaragoza", "", "Carta de oferta",
          "Puesto: Tecnico/a de Calidad", "Contrato indefinido, jornada completa",
          "Salario bruto anual: 27.500 EUR en 14 pagas",
          "Incorporacion: 1 de julio de 2026", "Respuesta antes del 12 de junio"])],
      reply_of="s_ebro"),
]
