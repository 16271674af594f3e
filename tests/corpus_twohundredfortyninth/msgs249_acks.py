"""Corpus 249: application acknowledgements (21) and offers (10), hand-written."""

from __future__ import annotations

from msgs249_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    M,
    card,
    outlook,
    outlook_block,
    paras,
    quote,
    simple,
    wrote,
)

ACK = "application_received"
OFF = "offer"

# ====================================================================== acknowledgements, fr

_vautrin_ack = """Bonjour Anaïs,

Nous vous confirmons la bonne réception de votre candidature au poste suivant :
Assistant(e) commercial(e) export – CDI – Épernay (R-000781)

Notre équipe recrutement étudie chaque dossier avec attention. Vous pouvez suivre
l'avancement de votre candidature à tout moment depuis votre espace candidat :
https://vautrindelorme.wd3.myworkday.com/fr-FR/Carrieres/userHome

Merci de l'intérêt que vous portez à Maison Vautrin-Delorme.

L'équipe Talents – Maison Vautrin-Delorme

Ceci est un message automatique, merci de ne pas y répondre."""

_vinexport_ack = """Bonjour Anaïs,

Merci d'avoir postulé au poste d'Assistante export Benelux & Royaume-Uni chez Vinexport
Nord ! Votre candidature a bien été transmise à notre équipe.

Nous lisons toutes les candidatures, mais nous recevons beaucoup de dossiers et nous ne
pouvons malheureusement pas répondre individuellement à chaque personne. Si votre profil
correspond à nos besoins, Sophie, notre chargée de recrutement, vous contactera dans les
trois semaines.

À bientôt peut-être,
L'équipe Vinexport Nord"""

_brissac_ack = card(
    "Maison Brissac-Aubertin",
    "Candidature bien reçue",
    paras("""Bonjour Anaïs,

Nous avons bien reçu votre candidature pour le poste d'Assistant(e) commercial(e) export
(réf. BA-2026-014) et nous vous en remercions.

Nos équipes vont maintenant étudier votre profil. Le délai de traitement est habituellement
de deux à trois semaines ; nous reviendrons vers vous quelle que soit l'issue.

À très bientôt,
L'équipe Talents de Maison Brissac-Aubertin"""),
    footer="Vous recevez cet e-mail car vous avez postulé via SmartRecruiters. "
           "<a href=\"https://jobs.smartrecruiters.com/privacy\">Confidentialité</a>",
)

_tempo_ack = """Bonjour Madame Lefebvre-Mwangi,

Nous avons bien reçu votre inscription en ligne ainsi que votre CV, et nous vous remercions
de votre confiance.

Votre dossier candidat porte le numéro TV-51-20944. Pour le finaliser, une conseillère de
l'agence de Reims vous appellera dans les prochains jours afin de convenir d'un entretien
d'inscription (pensez à préparer votre pièce d'identité, votre carte Vitale et un RIB).

À bientôt,
Aurélie Cochet
Chargée de recrutement
Tempo Vignes Intérim, 27 rue de Vesle, 51100 Reims
03 26 88 14 02"""

_proxi_ack = simple(paras("""Bonjour Anaïs,

Votre inscription chez Proxi Intérim est confirmée.

Agence : Lille Centre – 14 rue Faidherbe, 59000 Lille
Métiers recherchés : assistante ADV, assistante export, employée logistique
Mobilité : Lille et métropole, Courtrai, Tournai

Vous recevrez nos offres de missions par e-mail et par SMS. Votre conseiller vous
contactera pour compléter votre dossier.

Proxi Intérim – l'emploi près de chez vous

Ce courriel est envoyé automatiquement, merci de ne pas y répondre."""))

_chais_ack = """Madame,

Nous accusons réception de votre candidature à l'offre « Assistant export Europe du Nord »
(réf. 26-0112) et vous remercions de l'intérêt que vous portez aux Grands Chais Parisiens.

Votre dossier va être examiné par notre Direction des Ressources Humaines. En raison du
nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de
répondre à chacune d'entre elles de manière personnalisée. Sans nouvelles de notre part
d'ici quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Direction des Ressources Humaines
Les Grands Chais Parisiens

Message automatique : merci de ne pas répondre."""

_cellier_ack = """Bonjour Anaïs,

Merci pour votre candidature au poste d'assistante commerciale export (Reims). Elle a bien
été enregistrée le 4 mai 2026.

Prochaines étapes : notre service recrutement examine les candidatures au fil de l'eau.
Vous serez contactée par téléphone ou par e-mail si votre profil est retenu pour un
entretien.

Le service recrutement – Le Cellier Rémois"""

_sablon_ack = """Bonjour Anaïs,

Merci pour votre visite de ce matin à l'agence et pour votre inscription chez Interim
Sablon. Votre dossier est maintenant complet (CV, permis de travail non requis, copie de la
carte d'identité).

Je vous ai encodée dans notre base pour les fonctions d'assistante export, d'employée
administrative bilingue et de conseillère en vins. Je vous recontacte dès que j'ai une
demande qui correspond chez un de nos clients.

Bien à vous,
Nathalie Vanderstraeten
Consultante – Interim Sablon
Rue Lebeau 27, 1000 Bruxelles"""

_perrot_application = """Madame, Monsieur,

Sommelière depuis huit ans à Reims, je souhaite mettre ma connaissance des vins et des
clients étrangers au service d'une maison de champagne, comme assistante export. Vous
trouverez ci-joint mon CV.

Je me tiens à votre disposition pour un échange.

Anaïs Lefebvre-Mwangi"""

_perrot_ack = f"""Madame,

Nous avons bien reçu votre CV et votre lettre et nous vous en remercions.

Votre candidature spontanée a été transmise à M. Lagarde, qui dirige notre service export.
Nous ne manquerons pas de revenir vers vous si un poste correspondant à votre profil venait
à s'ouvrir dans les prochains mois.

Bien cordialement,

Christine Aubry
Ressources humaines
Champagne Perrot-Lagarde
3 rue des Moissons, 51100 Reims - 03 26 77 40 15

{wrote("fr", "lun. 24 août 2026 à 09:12", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(_perrot_application)}"""

_fret_ack = card(
    "Fret Vinicole Européen",
    "Merci pour votre candidature !",
    paras("""Bonjour Anaïs,

Merci d'avoir postulé au poste de Coordinateur·rice export – vins et spiritueux. Votre
candidature a bien été reçue et va être examinée par l'équipe.

Nous recevons un grand nombre de candidatures et, faute de pouvoir répondre personnellement
à chacune, seules les personnes dont le profil est présélectionné seront contactées pour un
entretien. Vous serez de toute façon informée par e-mail de la clôture du recrutement.

Bonne journée,
L'équipe recrutement de Fret Vinicole Européen"""),
    footer="Envoyé avec Workable", accent="#1d4e89",
)

# ====================================================================== acknowledgements, en

_highland_ack = """Hi Anaïs,

Thanks for applying for Export Sales Assistant at Highland Cellars. We've received your
application and our team will review it shortly.

If your experience matches what we're looking for, a member of our talent team will be in
touch to arrange next steps.

All the best,
The Highland Cellars Team"""

_caledonian_ack = card(
    "Caledonian Wine Merchants",
    "Thanks for applying!",
    paras("""Hi Anaïs,

Thank you for applying for Export Sales Assistant at Caledonian Wine Merchants. Your
application has been received.

Our team reviews every application carefully. Unfortunately, due to the volume of
applications, we cannot reply to every applicant individually; if we'd like to move
forward, a recruiter will contact you within two weeks.

Best,
Caledonian Wine Merchants"""),
    footer="Powered by Greenhouse", accent="#123d2b", lang="en",
)

_albyn_ack = """Hi Anaïs,

Thanks for your interest in Albyn Trade Shows! We've received your application for
Exhibitor Relations Coordinator and will review it in the coming days.

You don't need to do anything else right now.

Thanks again,
Albyn Trade Shows Recruitment"""

_harrow_ack = """Dear Anaïs,

Thank you for sending your CV, which I've received and read with interest.

As mentioned on LinkedIn, I'm running an export coordinator search for a Scotch whisky
distiller with a growing European business; I'm not able to name them until the shortlist
stage. I've added you to the long list and registered your details with Harrow & Finch.

I'll be in touch once I've spoken to the client at the end of next week.

Kind regards,
James Okafor
Principal Consultant | Harrow & Finch Executive Search
3 Charlotte Square, Edinburgh EH2 4DR"""

_kestrel_ack = simple(paras("""Dear Anaïs Lefebvre-Mwangi,

Thank you for applying for the position Export Sales Assistant (EMEA), job requisition
ID 40217, at Kestrel Beverage Group.

We confirm that your application has been successfully submitted. Our recruiting team will
review your profile and contact you if your qualifications match the requirements of the
role.

You can check the status of your application at any time in the candidate portal.

Kind regards,
Kestrel Beverage Group Talent Acquisition

This is an automatically generated email. Please do not reply."""), lang="en")

# ====================================================================== acknowledgements, de

_kornmeyer_ack = card(
    "Kornmeyer Spedition",
    "Vielen Dank für Ihre Bewerbung",
    paras("""Sehr geehrte Frau Lefebvre-Mwangi,

vielen Dank für Ihre Bewerbung als Assistenz Exportabwicklung (m/w/d) am Standort Findel.
Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kornmeyer Spedition"""),
    footer="Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht auf "
           "diese E-Mail.", accent="#0b5394", lang="de",
)

_rheinblick_ack = """Hallo Anaïs,

vielen Dank für Deine Bewerbung als Export Sales Assistant (m/w/d) in Brüssel! Wir haben
Deine Unterlagen erhalten und schauen sie uns in Ruhe an.

Du hörst spätestens in zehn Tagen von uns.

Viele Grüße
Dein Weinkontor-Rheinblick-Team

--
Weinkontor Rheinblick · Avenue Louise 231 · 1050 Brüssel
Diese E-Mail wurde über Personio versendet."""

_vinolux_ack = """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

vielen Dank für Ihre Bewerbung als Projektassistenz Ausstellerbetreuung (m/w/d). Ihre
Unterlagen sind bei uns eingegangen.

Aufgrund der großen Zahl an Bewerbungen können wir leider nicht jedem Bewerber individuell
antworten. Wenn Ihr Profil zu unseren Anforderungen passt, melden wir uns innerhalb von drei
Wochen persönlich bei Ihnen.

Mit freundlichen Grüßen
VinoLux Messe – Personalabteilung

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht."""

# ====================================================================== acknowledgements, es

_iturrialde_ack = card(
    "Bodegas Iturrialde",
    "¡Gracias por tu candidatura!",
    paras("""Hola Anaïs,

Hemos recibido tu candidatura para Asistente de exportación. ¡Gracias por pensar en
Bodegas Iturrialde!

Nuestro equipo revisará tu perfil en los próximos días. Mientras tanto, puedes conocer
mejor la bodega en nuestra página de empleo.

Un abrazo,
El equipo de Bodegas Iturrialde"""),
    footer="Con la tecnología de Teamtailor · "
           "<a href=\"https://iturrialde.teamtailor.com/connect\">Gestionar mis datos</a>",
    accent="#7b2d26", lang="es",
)

_valdemora_ack = """Hola Anaïs:

Te confirmamos que hemos recibido tu candidatura para Asistente comercial de exportación en
Bodegas Valdemora.

El equipo de selección la revisará en las próximas dos semanas. No es necesario que hagas
nada más por ahora.

Gracias por tu interés,
Equipo de Selección de Bodegas Valdemora"""

_rioja_ack = """Hola Anaïs:

Hemos recibido tu currículum y ya estás dada de alta en nuestra base de candidatos para
puestos de administración, exportación y logística en La Rioja.

Te llamaré en cuanto tenga un proceso que encaje con tu perfil; ahora mismo estamos
trabajando en uno para una empresa del sector del vino en Logroño.

Un saludo,
Sergio Ortega
Consultor de selección, Rioja Talento ETT
C/ Portales 41, 26001 Logroño · 941 25 77 10"""

# ====================================================================== offers

_hallard_offer = """Bonjour Anaïs,

Suite à notre appel de ce midi, je vous confirme par écrit ce que je vous ai annoncé : nous
serions très heureux de vous accueillir chez Champagne Hallard & Fils comme assistante
export !

Vous trouverez en pièce jointe la promesse d'embauche : CDI, statut agent de maîtrise,
34 000 € bruts annuels sur 13 mois, prise de poste le 4 mai 2026. Nous avons aussi noté
votre demande de formation WSET niveau 3, que nous prendrons en charge la première année.

Si tout vous convient, renvoyez-moi la promesse signée d'ici le 10 avril. Et n'hésitez pas
à m'appeler si vous avez la moindre question.

Au plaisir,
Gauthier Lemaire
Directeur commercial – Champagne Hallard & Fils
18 rue Gosset, 51100 Reims – 03 26 40 18 72"""

_vinexport_offer = """Bonjour Anaïs,

Toute l'équipe a été enthousiasmée par nos échanges et j'ai le plaisir de vous proposer le
poste d'Assistante export Benelux & Royaume-Uni chez Vinexport Nord.

Les conditions principales :
– CDI à temps plein, basé à Lille (2 jours de télétravail par semaine)
– Rémunération : 33 500 € bruts annuels + prime sur objectifs jusqu'à 10 %
– Date de démarrage souhaitée : 4 mai 2026

Le détail figure dans la proposition jointe. Nous aimerions avoir votre réponse d'ici le
27 mars ; je reste disponible pour en parler d'ici là.

Bien à vous,
Sophie Vandamme
Talent Acquisition – Vinexport Nord
210 rue de Lannoy, 59000 Lille
Tél. 03 20 11 46 90

Ce courriel et les documents qui y sont attachés sont confidentiels et établis à
l'intention exclusive de leur destinataire."""

_tempo_offer = """Bonjour Anaïs,

Excellente nouvelle : le client souhaite vous faire une proposition !

Il s'agit de la maison de champagne de la Montagne de Reims que vous avez rencontrée mardi.
Ils vous proposent une mission de quatre mois comme assistante export à compter du
1er octobre, 14,20 € bruts de l'heure plus les indemnités habituelles, avec une embauche en
CDI envisagée à l'issue de la mission.

Pouvez-vous me dire d'ici vendredi si vous acceptez ? Je prépare le contrat de mission dès
votre accord.

Aurélie Cochet
Tempo Vignes Intérim – agence de Reims
03 26 88 14 02"""

_perrot_offer = paras("""Bonjour Anaïs,

Nous sommes ravis que vous ayez accepté notre proposition pour le poste d'assistante
export.

Votre contrat de travail à durée indéterminée est prêt. Vous allez recevoir dans quelques
minutes un e-mail de notre plateforme de signature électronique vous invitant à le signer
en ligne ; le lien est valable sept jours.

N'hésitez pas à me contacter pour toute question sur le contrat ou sur votre arrivée le
2 novembre.

Bien cordialement,
Christine Aubry
Ressources humaines
Champagne Perrot-Lagarde, 03 26 77 40 15""")

_comptoir_candidate = """Bonjour Monsieur Hennebert,

Je me permets de revenir vers vous après notre entretien de jeudi dernier. Avez-vous déjà
une idée du calendrier de décision ? Je reste très intéressée par le poste.

Bien cordialement,
Anaïs Lefebvre-Mwangi"""

_comptoir_offer = f"""Bonjour Anaïs,

Comme je vous l’ai dit au téléphone tout à l’heure, nous avons choisi de vous confier le
poste d’assistante commerciale export. Je vous confirme donc notre offre : CDI, 32 000 €
bruts annuels, mutuelle prise en charge à 80 %, démarrage début décembre.

Notre service du personnel vous enverra le contrat la semaine prochaine. D’ici là, je suis
joignable pour toute question.

Cordialement,

Xavier Hennebert
Directeur des ventes
Comptoir des Vins du Nord – 58 rue Nationale, 59800 Lille
Tél. 03 20 54 71 09

{outlook_block("fr", "Anaïs Lefebvre-Mwangi <anais.lm@example.fr>", "lundi 12 octobre 2026 09:30", "Xavier Hennebert <x.hennebert@comptoirvinsnord.example.fr>", "Suite à notre entretien")}

{_comptoir_candidate}"""

_thistle_offer = """Hi Anaïs,

Lovely to speak just now. As promised, here's the offer in writing while the formal
contract is being drawn up.

We'd like you to join Thistle & Vine Imports as Export Sales Assistant (French & Spanish
markets): permanent, full time, £29,500 a year plus a 5% sales bonus, 28 days' holiday
including bank holidays, starting Monday 6 July. We'll also cover one month's rent
deposit to help with the move to Edinburgh.

Have a think and let me know by the end of next week. Alasdair and I are both really
hoping you say yes.

Best,
Morag Lindsay
Head of Operations | Thistle & Vine Imports
20 Salamander Street, Edinburgh EH6 7HL"""

_kestrel_offer = """Dear Anaïs,

Following your assessment centre and your conversation with our EMEA Sales Director, I am
delighted to offer you the position of Export Sales Assistant (EMEA) at Kestrel Beverage
Group, based in our Paris office.

Your offer letter is attached. It sets out your salary (EUR 36,000 gross per year), bonus
eligibility, benefits and a proposed start date of 2 November 2026. The offer is subject to
the usual reference checks.

Please return the signed letter by 13 October, or let me know if you would like to discuss
any aspect of it.

Best regards,

Léonie Marchetti
Talent Acquisition Specialist
Kestrel Beverage Group – Paris office
8 rue du Mail, 75002 Paris | +33 1 53 40 66 20"""

_rheinblick_offer = """Hallo Frau Lefebvre-Mwangi,

schön, dass Sie bei uns anfangen möchten!

Anbei erhalten Sie Ihren Arbeitsvertrag als Export Sales Assistant für unser Brüsseler Büro
in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare, schicken Sie uns eines
per Post zurück und behalten Sie das andere. Alternativ können Sie uns den unterschriebenen
Vertrag auch eingescannt zurücksenden.

Ihr erster Arbeitstag ist Montag, der 7. September 2026.

Viele Grüße aus Brüssel
Lukas Brandt
People & Culture
Weinkontor Rheinblick – Büro Brüssel, Avenue Louise 231, 1050 Brüssel"""

_remichtal_bewerbung = """Sehr geehrte Frau Thill,

anbei sende ich Ihnen meine Bewerbung als Exportassistentin. Als Sommelière in Reims habe ich
viel mit Gästen aus Deutschland und Luxemburg gearbeitet und würde mich freuen, Ihre
Crémants und Rieslinge auf neuen Märkten zu vertreten.

Mit freundlichen Grüßen
Anaïs Lefebvre-Mwangi"""

_remichtal_offer = f"""Liebe Frau Lefebvre-Mwangi,

wie heute Morgen am Telefon besprochen, möchten wir Ihnen die Stelle als Exportassistentin
in unserer Kellerei anbieten. Herr Schmit und ich waren von Ihrem Besuch in Remich sehr
angetan.

Zusammengefasst: unbefristeter Vertrag, 40 Stunden, Bruttogehalt 3.650 EUR monatlich,
Beginn am 1. November. Den Vertrag schicken wir Ihnen zu, sobald Sie uns Ihre Zusage gegeben
haben.

Wir freuen uns auf Ihre Antwort!

Herzliche Grüße
Monique Thill
Personal & Verwaltung
Kellerei Remichtal, Route du Vin 7, L-5590 Remich
Tel. +352 23 69 80 44

{wrote("de", "03.09.2026 um 21:47", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(_remichtal_bewerbung)}"""

_najerilla_offer = """Hola Anaïs:

Después de las conversaciones de estas semanas, nos alegra mucho ofrecerte el puesto de
asistente de exportación en Vinos Najerilla Export.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, jornada completa,
27.000 € brutos anuales en catorce pagas, incorporación el 1 de octubre. Si estás de
acuerdo, fírmala y devuélvemela antes del 22 de septiembre.

Cualquier duda, llámame.

Un abrazo,
Javier Sáenz de Tejada
Director comercial · Vinos Najerilla Export
Ctra. de Nájera km 4, 26220 Logroño · Tel. 941 36 20 84"""

MESSAGES = [
    # ------------------------------------------------------------ acks fr
    M(ACK, "vautrin_workday", "fr", company="Maison Vautrin-Delorme",
      frm=("Maison Vautrin-Delorme", "vautrindelorme@myworkday.com"),
      subject="Nous avons bien reçu votre candidature – R-000781",
      date="2026-01-26 21:14 +0000", mid="WD.7781.20260126@myworkday.com",
      text=_vautrin_ack,
      html=card("Maison Vautrin-Delorme", "Candidature reçue", paras(_vautrin_ack),
                footer="Powered by Workday"),
      headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),
    M(ACK, "vinexport_greenhouse", "fr", company="Vinexport Nord",
      frm=("Vinexport Nord", "no-reply@greenhouse-mail.io"), to=CANDIDATE_ADDR,
      subject="Merci pour votre candidature chez Vinexport Nord",
      date="2026-02-03 18:42 +0000", mid="gh.vxn.1@greenhouse-mail.io",
      text=_vinexport_ack,
      html=card("Vinexport Nord", "Candidature reçue", paras(_vinexport_ack),
                footer="Propulsé par Greenhouse", accent="#8c1c3a"),
      cte="base64"),
    M(ACK, "brissac_smartrecruiters", "fr", company="Maison Brissac-Aubertin",
      frm=("Maison Brissac-Aubertin", "no-reply@smartrecruiters.com"),
      subject="Confirmation de votre candidature", date="2026-01-08 12:33 +0000",
      mid="sr.88412.ack@smartrecruiters.com", html=_brissac_ack, charset="iso-8859-1",
      cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]),
    M(ACK, "tempo_inscription_en_ligne", "fr", company="Tempo Vignes Intérim",
      contact="aurelie.cochet@tempo-vignes.example.fr",
      frm=("Aurélie Cochet", "aurelie.cochet@tempo-vignes.example.fr"),
      subject="Votre inscription chez Tempo Vignes Intérim", date="2026-01-12 15:20 +0100",
      mid="tempo.1@tempo-vignes.example.fr", text=_tempo_ack,
      enc={"from": ("iso-8859-1", "Q"), "subject": ("utf-8", "Q")}),
    M(ACK, "proxi_inscription_confirmee", "fr", company="Proxi Intérim",
      frm=("Proxi Intérim", "ne-pas-repondre@proxi-interim.example.fr"),
      subject="Bienvenue chez Proxi Intérim – inscription confirmée",
      date="2026-06-02 19:05 +0200", mid="proxi.1@proxi-interim.example.fr",
      html=_proxi_ack, cte="base64"),
    M(ACK, "chais_parisiens_taleo", "fr", company="Les Grands Chais Parisiens",
      frm=("Les Grands Chais Parisiens", "no-reply@taleo.net"),
      subject="Accusé de réception de votre candidature (réf. 26-0112)",
      date="2026-05-12 06:02 +0000", mid="taleo.gcp.260112.ack@taleo.net",
      text=_chais_ack, charset="iso-8859-1", cte="8bit",
      enc={"subject": ("iso-8859-1", "Q")}),
    M(ACK, "cellier_remois_icims", "fr", company="Le Cellier Rémois",
      frm=("Le Cellier Rémois – Recrutement", "cellier-remois-noreply@icims.com"),
      subject="Votre candidature a bien été enregistrée", date="2026-05-04 07:48 +0000",
      mid="icims.lcr.5512.ack@icims.com", text=_cellier_ack,
      html=card("Le Cellier Rémois", "Candidature enregistrée", paras(_cellier_ack),
                footer="iCIMS", accent="#4a2c2a"),
      enc={"from": ("utf-8", "B"), "subject": ("windows-1252", "Q")}),
    M(ACK, "sablon_inscription_agence", "fr", company="Interim Sablon",
      contact="n.vanderstraeten@interim-sablon.example.be",
      frm=("Nathalie Vanderstraeten", "n.vanderstraeten@interim-sablon.example.be"),
      subject="Votre inscription chez Interim Sablon", date="2026-10-01 12:10 +0200",
      mid="sablon.1@interim-sablon.example.be", text=_sablon_ack,
      html=outlook(paras(_sablon_ack)), charset="windows-1252", cte="quoted-printable"),
    M(ACK, "perrot_cv_bien_recu", "fr", company="Champagne Perrot-Lagarde",
      contact="rh@perrot-lagarde.example.fr",
      frm=("Champagne Perrot-Lagarde - RH", "rh@perrot-lagarde.example.fr"),
      subject="RE: Candidature spontanée - assistante export", date="2026-08-25 10:02 +0200",
      mid="perrot.1@perrot-lagarde.example.fr", irt="6c2d8b0e-249l@example.fr",
      text=_perrot_ack, charset="iso-8859-1", cte="quoted-printable"),
    M(ACK, "fret_workable", "fr", company="Fret Vinicole Européen",
      frm=("Fret Vinicole Européen", "noreply@workablemail.com"),
      subject="Merci pour votre candidature – Coordinateur·rice export",
      date="2026-07-06 13:27 +0000", mid="wk.fve.72210.ack@workablemail.com",
      html=_fret_ack, enc={"subject": ("utf-8", "B"), "from": ("utf-8", "Q")}),
    # ------------------------------------------------------------ acks en
    M(ACK, "highland_lever", "en", company="Highland Cellars",
      frm=("Highland Cellars", "no-reply@hire.lever.co"),
      subject="Thanks for applying to Highland Cellars", date="2026-04-07 20:15 +0000",
      mid="lever.hc.1@hire.lever.co", text=_highland_ack,
      html=simple(paras(_highland_ack), lang="en"),
      headers=[("Auto-Submitted", "auto-generated")]),
    M(ACK, "caledonian_greenhouse", "en", company="Caledonian Wine Merchants",
      frm=("Caledonian Wine Merchants", "no-reply@greenhouse-mail.io"),
      subject="Thank you for applying to Caledonian Wine Merchants",
      date="2026-03-30 11:09 +0000", mid="gh.cwm.1@greenhouse-mail.io",
      html=_caledonian_ack, cte="quoted-printable"),
    M(ACK, "albyn_bamboohr", "en", company="Albyn Trade Shows",
      frm=("Albyn Trade Shows", "notifications@bamboohr.com"),
      subject="Thanks for applying - Exhibitor Relations Coordinator",
      date="2026-02-18 14:00 +0000", mid="bamboo.albyn.1@bamboohr.com",
      text=_albyn_ack),
    M(ACK, "harrow_cv_registered", "en", company="Harrow & Finch Executive Search",
      contact="james.okafor@harrowfinch.example.co.uk",
      frm=("James Okafor", "james.okafor@harrowfinch.example.co.uk"),
      subject="Your CV - export coordinator search", date="2026-07-14 09:26 +0100",
      mid="hf.glen.1@harrowfinch.example.co.uk", text=_harrow_ack,
      html=outlook(paras(_harrow_ack), lang="en"), charset="windows-1252",
      cte="quoted-printable"),
    M(ACK, "kestrel_successfactors", "en", company="Kestrel Beverage Group",
      frm=("Kestrel Beverage Group Careers", "noreply@successfactors.eu"),
      subject="Application received: Export Sales Assistant (EMEA) - 40217",
      date="2026-09-01 07:31 +0000", mid="sf.kestrel.1@successfactors.eu",
      html=_kestrel_ack, headers=[("Auto-Submitted", "auto-generated")]),
    # ------------------------------------------------------------ acks de
    M(ACK, "kornmeyer_softgarden", "de", company="Kornmeyer Spedition",
      frm=("Kornmeyer Spedition Recruiting", "noreply@softgarden.io"),
      subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-06-15 08:40 +0000",
      mid="softgarden.korn.1@softgarden.io", html=_kornmeyer_ack,
      enc={"subject": ("iso-8859-1", "Q")}),
    M(ACK, "rheinblick_personio", "de", company="Weinkontor Rheinblick",
      frm=("Weinkontor Rheinblick", "no-reply@personio.de"),
      subject="Danke für Deine Bewerbung bei Weinkontor Rheinblick!",
      date="2026-07-01 16:55 +0000", mid="personio.rheinblick.1@personio.de",
      text=_rheinblick_ack, cte="quoted-printable", enc={"subject": ("utf-8", "B")}),
    M(ACK, "vinolux_eingang_sammelantwort", "de", company="VinoLux Messe",
      frm=("VinoLux Messe Personal", "noreply@vinolux-messe.example.lu"),
      subject="Ihre Bewerbung ist eingegangen", date="2026-03-02 10:12 +0100",
      mid="vinolux.ack.1@vinolux-messe.example.lu", text=_vinolux_ack,
      charset="windows-1252", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    # ------------------------------------------------------------ acks es
    M(ACK, "iturrialde_teamtailor", "es", company="Bodegas Iturrialde",
      frm=("Bodegas Iturrialde", "no-reply@teamtailor-mail.com"),
      subject="¡Gracias por tu candidatura, Anaïs!", date="2026-06-01 09:03 +0000",
      mid="tt.iturrialde.1@teamtailor-mail.com", html=_iturrialde_ack, cte="base64",
      enc={"subject": ("iso-8859-1", "Q")}),
    M(ACK, "valdemora_recruitee", "es", company="Bodegas Valdemora",
      frm=("Bodegas Valdemora", "no-reply@jobs.recruitee.com"),
      subject="Hemos recibido tu candidatura", date="2026-07-20 12:44 +0000",
      mid="recruitee.valdemora.1@jobs.recruitee.com", text=_valdemora_ack,
      html=card("Bodegas Valdemora", "Candidatura recibida", paras(_valdemora_ack),
                footer="Enviado mediante Recruitee.", accent="#5b1a32", lang="es")),
    M(ACK, "rioja_talento_alta", "es", company="Rioja Talento",
      contact="sergio.ortega@riojatalento.example.es",
      frm=("Sergio Ortega", "sergio.ortega@riojatalento.example.es"),
      subject="Alta en Rioja Talento", date="2026-08-04 13:15 +0200",
      mid="riojatalento.1@riojatalento.example.es", text=_rioja_ack,
      charset="iso-8859-1", cte="quoted-printable"),
    # ------------------------------------------------------------ offers
    M(OFF, "hallard_promesse_embauche", "fr", company="Champagne Hallard & Fils",
      contact="g.lemaire@champagne-hallard.example.fr",
      frm=("Gauthier Lemaire", "g.lemaire@champagne-hallard.example.fr"),
      subject="Promesse d'embauche – assistante export", date="2026-03-30 14:05 +0200",
      mid="hallard.4@champagne-hallard.example.fr",
      refs=["hallard.1@champagne-hallard.example.fr", "hallard.3@champagne-hallard.example.fr"],
      text=_hallard_offer, html=simple(paras(_hallard_offer)), cte="quoted-printable",
      pdfs=[("Promesse_embauche_Lefebvre-Mwangi.pdf", "Promesse d'embauche",
             ["Champagne Hallard & Fils, 18 rue Gosset, 51100 Reims",
              "Madame Anaïs Lefebvre-Mwangi",
              "Poste : assistante export (Belgique, Royaume-Uni)",
              "Contrat : CDI, statut agent de maîtrise",
              "Rémunération : 34 000 euros bruts annuels sur 13 mois",
              "Date de prise de poste : 4 mai 2026",
              "Bon pour accord, date et signature :"])]),
    M(OFF, "vinexport_proposition_pdf", "fr", company="Vinexport Nord",
      contact="sophie.vandamme@vinexport-nord.example.fr",
      frm=("Sophie Vandamme", "sophie.vandamme@vinexport-nord.example.fr"),
      subject="Proposition d'embauche – Assistante export Benelux & Royaume-Uni",
      date="2026-03-20 17:12 +0100", mid="vxn.offer.5@vinexport-nord.example.fr",
      refs=["gh.vxn.1@greenhouse-mail.io", "gh.vxn.3@greenhouse-mail.io"],
      text=_vinexport_offer, html=outlook(paras(_vinexport_offer)), charset="windows-1252",
      cte="quoted-printable",
      pdfs=[("Proposition_VXN_Lefebvre-Mwangi.pdf", "Proposition d'embauche – Vinexport Nord",
             ["Poste : Assistante export Benelux & Royaume-Uni",
              "Contrat : CDI temps plein, Lille",
              "Rémunération fixe : 33 500 € bruts annuels",
              "Variable : jusqu'à 10 % sur objectifs",
              "Démarrage : 4 mai 2026",
              "Réponse souhaitée avant le 27 mars 2026"])]),
    M(OFF, "tempo_client_proposition", "fr", company="Tempo Vignes Intérim",
      contact="aurelie.cochet@tempo-vignes.example.fr",
      frm=("Aurélie Cochet", "aurelie.cochet@tempo-vignes.example.fr"),
      subject="Bonne nouvelle pour la mission export !", date="2026-09-22 11:48 +0200",
      mid="tempo.3@tempo-vignes.example.fr", refs=["tempo.1@tempo-vignes.example.fr"],
      text=_tempo_offer, cte="8bit"),
    M(OFF, "perrot_contrat_signature", "fr", company="Champagne Perrot-Lagarde",
      contact="c.aubry@perrot-lagarde.example.fr",
      frm=("Christine Aubry", "c.aubry@perrot-lagarde.example.fr"),
      subject="Votre contrat de travail à signer", date="2026-09-28 15:36 +0200",
      mid="perrot.2@perrot-lagarde.example.fr", refs=["perrot.1@perrot-lagarde.example.fr"],
      html=simple(_perrot_offer), charset="iso-8859-1", cte="quoted-printable"),
    M(OFF, "comptoir_offre_orale", "fr", company="Comptoir des Vins du Nord",
      contact="x.hennebert@comptoirvinsnord.example.fr",
      frm=("Xavier Hennebert", "x.hennebert@comptoirvinsnord.example.fr"),
      subject="RE: Suite à notre entretien", date="2026-10-14 16:50 +0200",
      mid="comptoir.2@comptoirvinsnord.example.fr", irt="2b7c9d4e-249n@example.fr",
      text=_comptoir_offer, html=outlook(paras(_comptoir_offer)), charset="windows-1252",
      cte="8bit"),
    M(OFF, "thistle_offer_in_writing", "en", company="Thistle & Vine Imports",
      contact="morag.lindsay@thistleandvine.example.co.uk",
      frm=("Morag Lindsay", "morag.lindsay@thistleandvine.example.co.uk"),
      subject="Your offer - Export Sales Assistant", date="2026-05-27 17:02 +0100",
      mid="tv.4@thistleandvine.example.co.uk", refs=["tv.2@thistleandvine.example.co.uk"],
      text=_thistle_offer),
    M(OFF, "kestrel_offer_letter", "en", company="Kestrel Beverage Group",
      contact="leonie.marchetti@kestrelbev.example.com",
      frm=("Léonie Marchetti", "leonie.marchetti@kestrelbev.example.com"),
      subject="Offer of employment - Export Sales Assistant (EMEA)",
      date="2026-10-06 12:20 +0200", mid="kestrel.4@kestrelbev.example.com",
      refs=["kestrel.3@kestrelbev.example.com"], text=_kestrel_offer,
      html=outlook(paras(_kestrel_offer), lang="en"), cte="base64",
      pdfs=[("Kestrel_Offer_Letter_Lefebvre-Mwangi.pdf", "Offer of employment",
             ["Kestrel Beverage Group - Paris office, 8 rue du Mail, 75002 Paris",
              "Candidate: Anaïs Lefebvre-Mwangi",
              "Position: Export Sales Assistant (EMEA)",
              "Salary: EUR 36,000 gross per year, annual bonus eligibility",
              "Start date: 2 November 2026",
              "Please sign and return by 13 October 2026."])]),
    M(OFF, "rheinblick_arbeitsvertrag", "de", company="Weinkontor Rheinblick",
      contact="lukas.brandt@weinkontor-rheinblick.example.be",
      frm=("Lukas Brandt", "lukas.brandt@weinkontor-rheinblick.example.be"),
      subject="Ihr Arbeitsvertrag zur Unterschrift", date="2026-08-03 10:15 +0200",
      mid="rheinblick.5@weinkontor-rheinblick.example.be",
      refs=["rheinblick.2@weinkontor-rheinblick.example.be"], text=_rheinblick_offer,
      pdfs=[("Arbeitsvertrag_Lefebvre-Mwangi.pdf", "Arbeitsvertrag",
             ["zwischen Weinkontor Rheinblick, Büro Brüssel",
              "und Frau Anaïs Lefebvre-Mwangi",
              "§1 Tätigkeit: Export Sales Assistant",
              "§2 Beginn: 7. September 2026",
              "§3 Vergütung: gemäß Anlage 1",
              "Ort, Datum, Unterschrift"])]),
    M(OFF, "remichtal_angebot_telefon", "de", company="Kellerei Remichtal",
      contact="monique.thill@kellerei-remichtal.example.lu",
      frm=("Monique Thill", "monique.thill@kellerei-remichtal.example.lu"),
      subject="AW: Bewerbung als Exportassistentin", date="2026-09-24 12:30 +0200",
      mid="remichtal.2@kellerei-remichtal.example.lu", irt="b4c5d6e7-249m@example.fr",
      text=_remichtal_offer, charset="iso-8859-1", cte="quoted-printable"),
    M(OFF, "najerilla_carta_oferta", "es", company="Vinos Najerilla Export",
      contact="javier.saenz@vinosnajerilla.example.es",
      frm=("Javier Sáenz de Tejada", "javier.saenz@vinosnajerilla.example.es"),
      subject="Carta de oferta – asistente de exportación", date="2026-09-15 18:10 +0200",
      mid="najerilla.3@vinosnajerilla.example.es",
      refs=["najerilla.1@vinosnajerilla.example.es", "najerilla.2@vinosnajerilla.example.es"],
      text=_najerilla_offer, html=simple(paras(_najerilla_offer), lang="es"),
      pdfs=[("Carta_oferta_Lefebvre-Mwangi.pdf", "Carta de oferta",
             ["Vinos Najerilla Export - Ctra. de Nájera km 4, Logroño",
              "Puesto: asistente de exportación",
              "Contrato indefinido, jornada completa",
              "Salario: 27.000 euros brutos anuales en 14 pagas",
              "Incorporación: 1 de octubre de 2026",
              "Firma del candidato:"])],
      enc={"from": ("windows-1252", "B")}),
]
