"""Corpus 292, kinds `application_received` (21: fr 10, de 6, en 3, es 2) and `offer`
(10: fr 5, de 2, en 2, es 1)."""

from __future__ import annotations

from msgs292_common import (
    CAND_ADDR,
    CAND_NAME,
    M,
    ats_card,
    mso,
    outlook_html,
    outlook_reply,
    paras,
    simple_html,
)

A = "application_received"
OFF = "offer"

# ------------------------------------------------------------------------- acks, fr

_palais_ack = """Bonjour Mélusine,

Merci d'avoir postulé au poste de Coordinatrice événements & congrès au Palais Mosan des Congrès !

Nous avons bien reçu votre candidature. Notre équipe la lira attentivement et reviendra vers vous d'ici trois semaines environ, quelle que soit l'issue.

En attendant, découvrez les coulisses de nos septante événements annuels sur notre page carrière.

À bientôt,
L'équipe RH du Palais Mosan des Congrès"""

_vauban_ack = """Bonjour Mélusine,

Merci pour votre candidature au poste de Chargé·e de production événementielle chez Espace Vauban-Deûle.

Votre dossier a bien été transmis à notre équipe de recrutement. Nous recevons un grand nombre de candidatures et ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles ; si votre profil correspond à nos besoins, un membre de l'équipe vous contactera dans les prochaines semaines.

Bien cordialement,
L'équipe Recrutement – Espace Vauban-Deûle"""

_ipm_register = """Bonjour Madame Okafor-Blanc,

Suite à votre visite à l'agence ce matin, je vous confirme que votre inscription est complète : votre CV et vos documents ont bien été enregistrés dans notre système, sous le numéro de candidate 2026-0417.

Je vous contacterai dans les prochains jours pour faire le point sur vos disponibilités et sur le type de missions que vous recherchez (événementiel, hôtellerie, accueil).

Bien à vous,
Nadia Lemaire
Consultante Événementiel & Hôtellerie
Intérim Plus Meuse – Agence de Liège
Boulevard d'Avroy 118, 4000 Liège
T. 04 221 73 90
"""

_verriers_ack = """Madame,

Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de chargée d'animation événementielle. Le comité de sélection se réunira après la clôture des candidatures, le 20 février ; vous recevrez une réponse dans tous les cas.

Bien à vous,
Régine Fraikin
Musée des Verriers de Chênée
"""

_avroy_ack = """Bonjour Mélusine Okafor-Blanc,

Merci d'avoir postulé pour le poste Coordinateur·rice Événements (R-2026-0142) à l'Hôtel Le Pont d'Avroy.

Votre candidature a été soumise avec succès. Vous pouvez suivre son statut à tout moment en vous connectant à notre site carrières, rubrique « Mes candidatures ».

Cordialement,
Talent Acquisition – Hôtel Le Pont d'Avroy"""

_valmosan_ack = """Madame Okafor-Blanc,

Votre candidature pour le poste « Coordinatrice des événements institutionnels » (réf. UVM-ADM-2026-031) a bien été enregistrée le 1er juin 2026.

Le Service du recrutement examinera l'ensemble des dossiers après la date de clôture (15 juin 2026). Seules les personnes présélectionnées seront contactées pour la suite de la procédure ; les autres seront informées par courriel à l'issue de la sélection.

Université du Val-Mosan – Administration des ressources humaines"""

_ifs_register = """Bonjour Mélusine,

Bienvenue chez Intérim Flandres Services ! Votre inscription en ligne est validée et votre espace intérimaire est désormais actif.

Votre chargée de recrutement est Élodie Carpentier (agence Lille Liberté). Elle étudiera votre profil et vous proposera des missions correspondant à vos compétences en événementiel et en décoration florale.

Pensez à compléter vos disponibilités et à déposer votre pièce d'identité dans votre espace.

À très vite,
L'équipe Intérim Flandres Services"""

_grund_application = """Madame, Monsieur,

Je vous adresse ma candidature au poste d'Event & Banqueting Coordinator publié sur votre site. Fleuriste depuis huit ans à Liège, j'ai habillé plus de deux cents mariages et réceptions et je souhaite aujourd'hui en assurer la coordination complète.

Je serais heureuse de vous présenter mon parcours lors d'un entretien, à Luxembourg ou en visioconférence.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Mélusine Okafor-Blanc"""

_grund_ack = outlook_reply("""Madame Okafor-Blanc,

Je vous remercie pour l'envoi de votre candidature au poste d'Event & Banqueting Coordinator, que j'ai bien reçue ce jour.

Votre dossier sera examiné avec attention par notre Directeur Banquets et moi-même au cours des deux prochaines semaines. Je reviendrai vers vous dans tous les cas.

Avec mes meilleures salutations,
Nathalie Weis
Human Resources Manager
Hôtel Grund & Alzette""", "fr", f"{CAND_NAME} <{CAND_ADDR}>", "lundi 13 juillet 2026 07:58",
    "Recrutement Hôtel Grund & Alzette", "Candidature – Event & Banqueting Coordinator",
    _grund_application)

_beaufays_ack = """Madame,

Nous accusons bonne réception de votre candidature à l'emploi de coordinateur·rice des festivités communales (contrat à durée indéterminée, échelle D6), parvenue à l'administration le 6 mars 2026.

Votre dossier est complet. Les candidats retenus sur base du dossier seront convoqués à une épreuve écrite dont la date sera communiquée ultérieurement.

Veuillez agréer, Madame, nos salutations distinguées.

Le Service du Personnel
Commune de Beaufays-Mosane
Place Communale 1, 4052 Beaufays
"""

_kermesse_ack = """Bonjour Mélusine,

Ta candidature pour le poste « Coordinatrice événements (CDI, Bruxelles) » est bien arrivée chez Kermesse Events 🎉

On regarde chaque dossier à la main, alors un peu de patience : tu auras de nos nouvelles d'ici fin janvier.

L'équipe Kermesse"""

# ------------------------------------------------------------------------- acks, de

_kaiserpfalz_ack = """Sehr geehrte Frau Okafor-Blanc,

vielen Dank für Ihre Bewerbung als Veranstaltungskoordinator (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Team der Kaiserpfalz Eventhaus GmbH"""

_tuch_ack = """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

Ihre Bewerbung ist bei uns eingegangen. Vielen Dank!

Aufgrund der Vielzahl der Zuschriften können wir leider nicht jede Bewerbung individuell beantworten. Bitte sehen Sie von telefonischen Nachfragen ab; wir melden uns, sobald das Auswahlverfahren abgeschlossen ist.

Museum für Tuch und Nadel
Verwaltung und Personal

Diese Nachricht wurde automatisch erstellt.
"""

_mm_register = """Hallo Frau Okafor-Blanc,

vielen Dank für Ihre Registrierung bei Messe & Mehr Personalservice. Ihr Bewerberprofil ist jetzt bei uns angelegt, Ihre Unterlagen (Lebenslauf, Zeugnisse) sind vollständig.

Ich bin ab sofort Ihr Ansprechpartner für Einsätze im Bereich Messe, Kongress und Event in der Region Aachen–Köln–Lüttich.

Viele Grüße
Dennis Schüller
Personaldisponent Event & Messe
Messe & Mehr Personalservice GmbH
Theaterstraße 61, 52062 Aachen
Tel. 0241 99 72 41-3
"""

_wurmtal_ack = """Sehr geehrte Frau Okafor-Blanc,

hiermit bestätigen wir den Eingang Ihrer Online-Bewerbung für die Stelle „Referentin/Referent für Hochschulveranstaltungen“ (Kennung HW-2026-19).

Die Bewerbungsfrist endet am 20. Mai 2026. Anschließend sichtet die Auswahlkommission alle Unterlagen. Bitte haben Sie Verständnis, dass dies einige Wochen in Anspruch nehmen kann.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Dezernat Personal – Hochschule Wurmtal"""

_remich_ack = """Guten Tag Frau Okafor-Blanc,

vielen Dank für Ihre Bewerbung als Event Manager Kongresse. Ihre Unterlagen sind vollständig bei uns eingegangen und wurden an das Auswahlteam weitergeleitet.

Sie erhalten innerhalb von drei Wochen eine Rückmeldung zum weiteren Verlauf.

Freundliche Grüße
Kongresshaus Mosel-Remich – Human Resources"""

_eupen_ack = """Guten Tag Frau Okafor-Blanc,

Ihre Unterlagen sind angekommen, danke schön. Wir sammeln noch bis Ende Februar und melden uns dann.

Freundliche Grüße aus Eupen
Jens Mertes
Kulturzentrum Eupen-Hertogenwald
Programm & Veranstaltungen
"""

# ------------------------------------------------------------------------- acks, en / es

_vrijthof_ack = """Hi Mélusine,

Thanks for applying to Vrijthof Event Studio! We've received your application for the Event Coordinator role and our team will review it shortly.

If your background is a fit, someone from our People team will reach out to set up a first conversation.

Cheers,
The Vrijthof Event Studio team"""

_riverside_ack = """Hi Mélusine,

Thank you for your application for the Conference Coordinator position at Meuse Riverside Conference Centre. This email confirms that it has reached us.

We receive a large number of applications and, unfortunately, we are unable to respond to every applicant individually. If your profile matches what we are looking for, a member of our team will contact you within 14 days.

Best regards,
Meuse Riverside Conference Centre - Recruitment"""

_jekerdal_ack = """Dear Mélusine Okafor-Blanc,

Thank you for submitting your application for the position of Events Officer, Faculty of Arts and Social Sciences (requisition 2026-3318).

Your application was received on 6 July 2026 and is now with the selection committee. You can check the status of your application at any time in the candidate portal.

Kind regards,
Human Resources - Recruitment Team
Jekerdal University

Please do not reply to this message; this mailbox is not monitored."""

_turia_ack = """Hola Mélusine:

¡Gracias por tu interés en Hotel Turia Jardín! Hemos recibido tu solicitud para el puesto de Coordinadora de eventos y bodas.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Personas – Hotel Turia Jardín"""

_seda_ack = """Estimada Sra. Okafor-Blanc:

Le confirmamos que su solicitud para la convocatoria 03/2026 (Técnico/a de actividades y eventos) ha quedado registrada con el número de entrada RE-2026/0219.

La relación provisional de personas admitidas se publicará en el tablón de anuncios de la web del Museo en el plazo de veinte días hábiles.

Atentamente,
Inmaculada Peris Ribes
Jefa de Recursos Humanos
Museo de la Seda y el Azahar
"""

# ------------------------------------------------------------------------- offers

PALAIS_OFFER = """Chère Mélusine,

J'ai le plaisir de vous annoncer que le comité de direction a validé votre engagement au poste de Coordinatrice événements & congrès au Palais Mosan des Congrès.

Vous trouverez en pièce jointe notre proposition détaillée : contrat à durée indéterminée à temps plein, entrée en fonction le 4 mai 2026, rémunération brute mensuelle de 3 270 €, chèques-repas de huit euros, éco-chèques et abonnement TEC pris en charge.

Pourriez-vous nous faire part de votre décision d'ici le lundi 23 mars ? Je reste bien sûr disponible pour en discuter de vive voix.

Au plaisir de vous accueillir dans l'équipe,

Aurélie Dethier
Responsable Ressources humaines
Palais Mosan des Congrès
Esplanade de l'Europe 2, 4020 Liège
+32 4 344 71 90"""

_fraipont = """Bonjour Mélusine,

Je sors d'un appel avec Mme Lhoest du Château de Fraipont : le client souhaite vous faire une offre pour la coordination des mariages et réceptions de la saison, de juillet à octobre. Ce serait une mission d'intérim de seize semaines avec possibilité d'engagement fixe ensuite, au taux horaire de 19,70 € brut, plus les primes du week-end.

Je vous envoie le contrat de mission dès que vous me donnez votre accord de principe. Pouvez-vous me rappeler avant vendredi midi ?

Bien à vous,
Nadia

Nadia Lemaire
Consultante Événementiel & Hôtellerie
Intérim Plus Meuse – Agence de Liège
T. 04 221 73 90 – M. 0478 32 90 17
"""

_vignerons = """Bonjour Madame Okafor-Blanc,

Comme je vous l'ai dit au téléphone tout à l'heure, nous serions très heureux de vous confier la coordination de nos événements œnotouristiques. Je vous confirme par écrit les éléments dont nous avons parlé après votre visite du domaine :

– poste de coordinatrice événements, contrat à durée indéterminée, 40 heures par semaine ;
– début souhaité le 1er septembre 2026 ;
– salaire mensuel brut de 3 900 € ;
– travail le week-end pendant les fêtes du vin, compensé en jours de repos.

Le contrat vous parviendra d'ici la fin de semaine par courrier. En attendant, n'hésitez pas si vous avez des questions.

Cordialement,
Claude Schmit
Directeur
Maison des Vignerons de Remich
Route du Vin 15, L-5549 Remich
+352 23 69 82 1
"""

_signature = """Pascale Renard (Université du Val-Mosan) vous a envoyé un document à examiner et à signer.

Message de l'expéditeur :
« Chère Madame Okafor-Blanc, suite à la décision du jury et à notre entretien téléphonique de mardi, je vous adresse votre contrat d'engagement en qualité de Coordinatrice des événements institutionnels (CDI, barème B2, entrée en fonction le 1er septembre 2026). Merci de le signer électroniquement avant le 20 juillet. Bienvenue à l'Université ! »

EXAMINER LE DOCUMENT : https://app.signaflow.example.com/sign/7f3c9a

Ne partagez pas ce courriel : le lien ci-dessus est personnel.
SignaFlow – Signature électronique"""

_tilff = """Chère Madame Okafor-Blanc,

Excellente nouvelle : à l'issue de votre second entretien, le Château de Tilff m'a confirmé ce matin sa volonté de vous faire une offre pour le poste de Responsable événements privés et séminaires.

Les conditions proposées : contrat à durée indéterminée, rémunération annuelle brute de 46 000 €, voiture de société, assurance groupe et hospitalisation, entrée en fonction à convenir (idéalement début novembre). La lettre d'offre officielle vous sera envoyée directement par le château dès votre accord de principe.

Je vous propose d'en parler demain par téléphone ; dites-moi quel moment vous arrange.

Bien cordialement,

Bertrand de Moffarts
Associé – Cabinet Hautrive Conseil
Quai de Rome 52, 4000 Liège
+32 4 252 88 17

Ce courriel est confidentiel et destiné exclusivement à son destinataire. S'il vous est parvenu par erreur, merci d'en avertir l'expéditeur et de le détruire.
"""

_kirchberg = """Liebe Frau Okafor-Blanc,

ich habe wunderbare Neuigkeiten: Unser Mandant, die Kirchberg Convention Hall, möchte Ihnen ein Angebot für die Position Senior Event Coordinator machen.

Die Eckdaten, wie sie mir die Geschäftsführung heute Vormittag genannt hat: unbefristeter Vertrag nach luxemburgischem Recht, Jahresbruttogehalt 58.000 €, 26 Urlaubstage, Start am 1. August 2026. Das schriftliche Angebot geht Ihnen in den nächsten Tagen direkt aus Luxemburg zu.

Lassen Sie uns gern morgen telefonieren, bevor Sie zusagen – ich beantworte Ihnen alle Fragen zu Steuern und Grenzgängerstatus.

Herzliche Grüße
Konstantin Vössing
Partner | Dreiländereck Executive Search
Kapuzinergraben 19, 52062 Aachen
+49 241 51 97 30 0
"""

_monschau = """Sehr geehrte Frau Okafor-Blanc,

wir freuen uns, Ihnen nach dem erfolgreichen Assessment-Center die Stelle als Projektleiterin Veranstaltungen (Altstadtfeste, Weihnachtsmarkt, Musikfestival) anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot: Eingruppierung in Entgeltgruppe 9b TVöD, unbefristet, Vollzeit (39 Stunden), Beginn 1. November 2026. Bitte senden Sie uns das unterschriebene Exemplar bis zum 15. September 2026 zurück.

Für Rückfragen erreichen Sie mich unter 02472 80 41 17.

Mit freundlichen Grüßen
Anja Cremer
Personal und Organisation
Stadtmarketing Monschau-Rur GmbH
Laufenstraße 8, 52156 Monschau

Stadtmarketing Monschau-Rur GmbH · Sitz Monschau · Amtsgericht Aachen HRB 00000 · Geschäftsführung: Heinz-Peter Jousten
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
"""

_riverside = """Dear Mélusine,

Following your panel interview on 4 June, I am delighted to offer you the position of Conference Coordinator at Meuse Riverside Conference Centre.

Please find attached your offer letter, which sets out the terms: a permanent contract of 36 hours per week, a gross monthly salary of EUR 3,450 (scale 8), holiday allowance of 8%, and a start date of 1 September 2026. The offer is conditional on a certificate of conduct (VOG), which we will request for you.

Kindly confirm your acceptance by signing and returning the letter by 26 June. Do get in touch if anything is unclear.

Warm regards,

Ilse Vermeulen
HR Business Partner
Meuse Riverside Conference Centre
Maasboulevard 100, 6211 JW Maastricht
+31 43 350 62 00

The information contained in this email is confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""

_bassin = """Hi Mélusine,

Great talking earlier! As promised, here's the offer in writing so you have it in black and white:

- Event Coordinator for our boat parties and river dinners, starting 1 October
- 32 hours a week, flexible across weekends in season
- EUR 2,950 gross per month plus a crew bonus per event
- we'll sort the commute allowance for the Liège-Maastricht trips

Have a think over the weekend and let me know. We'd really love to have you on board (pun very much intended).

Cheers,
Thijs
Bassin Boat Events | Bassin 12, Maastricht
"""

_turia_offer = """Hola, Mélusine:

¡Enhorabuena! Después de la entrevista con Vicent y conmigo, nos encantaría que te unieras al equipo del Hotel Turia Jardín como Coordinadora de eventos y bodas.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido a jornada completa, salario bruto anual de 27.500 € en catorce pagas, incorporación el 1 de junio de 2026 y un periodo de prueba de seis meses según el convenio de hostelería.

Si estás de acuerdo, fírmala y devuélvenosla antes del 11 de mayo. Cualquier duda, llámame.

Un abrazo,
Lucía Ferrandis
Directora de Recursos Humanos
Hotel Turia Jardín
Passeig de l'Albereda 32, 46010 València
+34 961 22 48 05
"""


MESSAGES = [
    # ----------------------------------------------------------------- application_received fr (10)
    M(kind=A, scenario="teamtailor_ack", lang="fr", company="Palais Mosan des Congrès", contact="",
      date="2026-02-09 08:14 +0000", frm=("Palais Mosan des Congrès", "no-reply@teamtailor-mail.com"),
      subject="Merci pour votre candidature, Mélusine !", id="palais-ack",
      refs=["palais-application"], text=_palais_ack,
      html=ats_card("Palais Mosan des Congrès", paras(_palais_ack),
                    "Envoyé via Teamtailor · Gérer mes données personnelles", color="#b45309",
                    button=("Voir ma candidature", "https://palaismosan.teamtailor.example.com/c/91"))),
    M(kind=A, scenario="smartrecruiters_cannot_reply_individually", lang="fr",
      company="Espace Vauban-Deûle", contact="", date="2026-04-02 07:15 +0000",
      frm=("Espace Vauban-Deûle", "no-reply@smartrecruiters.com"),
      subject="Nous avons bien reçu votre candidature – Chargé·e de production événementielle",
      id="vauban-ack", text=_vauban_ack,
      html=ats_card("Espace Vauban-Deûle", paras(_vauban_ack),
                    "Ce courriel a été envoyé via SmartRecruiters.", color="#1e3a8a")),
    M(kind=A, scenario="agency_registration_complete", lang="fr", company="Intérim Plus Meuse",
      contact="nadia.lemaire@interimplusmeuse.example.be", date="2026-01-12 16:20 +0100",
      frm=("Nadia Lemaire", "nadia.lemaire@interimplusmeuse.example.be"),
      subject="Confirmation de votre inscription – Intérim Plus Meuse", id="ipm-register",
      cte="8bit", text=_ipm_register),
    M(kind=A, scenario="museum_cv_received_cp1252", lang="fr", company="Musée des Verriers de Chênée",
      contact="r.fraikin@verriers-chenee.example.be", date="2026-01-28 09:40 +0100",
      frm=("Régine Fraikin", "r.fraikin@verriers-chenee.example.be"), name_enc="windows-1252:b",
      subject="Votre candidature – chargée d'animation événementielle", subject_enc="windows-1252:b",
      charset="windows-1252", cte="quoted-printable", id="verriers-ack",
      refs=["verriers-application"], text=_verriers_ack),
    M(kind=A, scenario="workday_submitted", lang="fr", company="Hôtel Le Pont d'Avroy", contact="",
      date="2026-02-02 06:58 +0000", frm=("Hôtel Le Pont d'Avroy", "pontdavroy@myworkday.com"),
      subject="Candidature reçue : Coordinateur·rice Événements (R-2026-0142)", id="avroy-ack",
      text=_avroy_ack + "\n\nCeci est un e-mail automatique, merci de ne pas y répondre.\n",
      html=ats_card("Hôtel Le Pont d'Avroy", paras(_avroy_ack),
                    "Ceci est un e-mail automatique, merci de ne pas y répondre.", color="#7c2d12")),
    M(kind=A, scenario="successfactors_registered", lang="fr", company="Université du Val-Mosan",
      contact="", date="2026-06-01 12:03 +0000",
      frm=("Université du Val-Mosan", "noreply@successfactors.eu"),
      subject="Confirmation d'enregistrement de votre candidature (UVM-ADM-2026-031)",
      id="valmosan-ack", text=_valmosan_ack,
      html=ats_card("Université du Val-Mosan", paras(_valmosan_ack),
                    "SAP SuccessFactors – Recruiting", color="#334155")),
    M(kind=A, scenario="interim_signup_validated", lang="fr", company="Intérim Flandres Services",
      contact="elodie.carpentier@ifs-interim.example.fr", date="2026-03-23 11:47 +0100",
      frm=("Intérim Flandres Services", "inscriptions@ifs-interim.example.fr"),
      reply_to=("Élodie Carpentier", "elodie.carpentier@ifs-interim.example.fr"),
      subject="Bienvenue ! Votre inscription est validée", id="ifs-register", text=_ifs_register,
      html=ats_card("Intérim Flandres Services", paras(_ifs_register),
                    "Intérim Flandres Services – 47 boulevard de la Liberté, 59000 Lille",
                    color="#9d174d")),
    M(kind=A, scenario="outlook_reply_over_application", lang="fr", company="Hôtel Grund & Alzette",
      contact="nathalie.weis@grundalzette.example.lu", date="2026-07-13 16:22 +0200",
      frm=("Nathalie Weis", "nathalie.weis@grundalzette.example.lu"),
      subject="RE: Candidature – Event & Banqueting Coordinator", id="grund-ack",
      refs=["grund-application"], text=_grund_ack, html=outlook_html(mso(_grund_ack)),
      cte="quoted-printable"),
    M(kind=A, scenario="council_acknowledgement_cp1252", lang="fr",
      company="Commune de Beaufays-Mosane", contact="personnel@beaufays-mosane.example.be",
      date="2026-03-09 14:30 +0100",
      frm=("Commune de Beaufays-Mosane", "personnel@beaufays-mosane.example.be"),
      subject="Accusé de réception – emploi de coordinateur·rice des festivités communales",
      subject_enc="windows-1252:q", charset="windows-1252", cte="quoted-printable",
      id="beaufays-ack", text=_beaufays_ack),
    M(kind=A, scenario="recruitee_casual_ack", lang="fr", company="Kermesse Events", contact="",
      date="2026-01-05 13:20 +0000", frm=("Kermesse Events", "no-reply@jobs.recruitee.com"),
      subject="On a bien reçu ta candidature 🎉", subject_enc="utf-8:b", id="kermesse-ack",
      text=_kermesse_ack,
      html=ats_card("Kermesse Events", paras(_kermesse_ack), "Propulsé par Recruitee",
                    color="#e11d48")),
    # ----------------------------------------------------------------- application_received de (6)
    M(kind=A, scenario="personio_receipt", lang="de", company="Kaiserpfalz Eventhaus", contact="",
      date="2026-01-19 10:02 +0100", frm=("Kaiserpfalz Eventhaus GmbH", "noreply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung", id="kaiserpfalz-ack", text=_kaiserpfalz_ack,
      html=ats_card("Kaiserpfalz Eventhaus", paras(_kaiserpfalz_ack), "Powered by Personio",
                    lang="de", color="#4c1d95")),
    M(kind=A, scenario="autoreply_cannot_answer_individually", lang="de",
      company="Museum für Tuch und Nadel", contact="", date="2026-03-30 00:12 +0200",
      frm=("Museum für Tuch und Nadel", "noreply@tuchmuseum.example.de"),
      subject="Eingangsbestätigung: Ihre Bewerbung", charset="iso-8859-1", cte="base64",
      name_enc="iso-8859-1:q", id="tuch-ack", refs=["tuch-application"],
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text=_tuch_ack),
    M(kind=A, scenario="agency_profile_created", lang="de", company="Messe & Mehr Personalservice",
      contact="d.schueller@messeundmehr.example.de", date="2026-02-16 15:05 +0100",
      frm=("Dennis Schüller", "d.schueller@messeundmehr.example.de"),
      subject="Ihre Registrierung bei Messe & Mehr", id="mm-register", text=_mm_register),
    M(kind=A, scenario="softgarden_receipt", lang="de", company="Hochschule Wurmtal", contact="",
      date="2026-05-04 09:41 +0000", frm=("Hochschule Wurmtal", "noreply@softgarden.io"),
      subject="Eingangsbestätigung – Referentin/Referent für Hochschulveranstaltungen",
      id="wurmtal-ack", text=_wurmtal_ack,
      html=ats_card("Hochschule Wurmtal", paras(_wurmtal_ack),
                    "Diese Nachricht wurde über softgarden versandt.", lang="de", color="#0c4a6e")),
    M(kind=A, scenario="successfactors_receipt", lang="de", company="Kongresshaus Mosel-Remich",
      contact="", date="2026-08-17 06:30 +0000",
      frm=("Kongresshaus Mosel-Remich", "noreply@successfactors.eu"),
      subject="Ihre Bewerbung ist eingegangen – Event Manager Kongresse", id="remich-ack",
      text=_remich_ack,
      html=ats_card("Kongresshaus Mosel-Remich", paras(_remich_ack),
                    "SAP SuccessFactors – Recruiting", lang="de", color="#155e75")),
    M(kind=A, scenario="human_documents_arrived", lang="de",
      company="Kulturzentrum Eupen-Hertogenwald",
      contact="jens.mertes@kulturzentrum-eupen.example.be", date="2026-02-23 08:55 +0100",
      frm=("Jens Mertes", "jens.mertes@kulturzentrum-eupen.example.be"),
      subject="Re: Bewerbung Veranstaltungsassistenz", id="eupen-ack",
      refs=["eupen-application"], text=_eupen_ack),
    # ----------------------------------------------------------------- application_received en (3)
    M(kind=A, scenario="greenhouse_ack", lang="en", company="Vrijthof Event Studio", contact="",
      date="2026-03-02 09:31 +0000",
      frm=("Vrijthof Event Studio", "no-reply@us.greenhouse-mail.io"),
      subject="Thank you for applying to Vrijthof Event Studio", id="vrijthof-ack",
      text=_vrijthof_ack, html=simple_html(paras(_vrijthof_ack), "en")),
    M(kind=A, scenario="lever_unable_to_respond_individually", lang="en",
      company="Meuse Riverside Conference Centre", contact="", date="2026-05-18 14:12 +0000",
      frm=("Meuse Riverside Conference Centre", "no-reply@hire.lever.co"),
      subject="We've received your application – Conference Coordinator", id="riverside-ack",
      text=_riverside_ack,
      html=ats_card("Meuse Riverside Conference Centre", paras(_riverside_ack), "Sent via Lever",
                    lang="en", color="#0e7490")),
    M(kind=A, scenario="icims_received", lang="en", company="Jekerdal University", contact="",
      date="2026-07-06 09:00 +0200",
      frm=("Jekerdal University Careers", "jekerdal-careers@icims.com"),
      subject="Application received: Events Officer (2026-3318)", id="jekerdal-ack",
      cte="base64", text=_jekerdal_ack),
    # ----------------------------------------------------------------- application_received es (2)
    M(kind=A, scenario="bamboohr_received", lang="es", company="Hotel Turia Jardín", contact="",
      date="2026-04-06 08:20 +0000", frm=("Hotel Turia Jardín", "no-reply@bamboohr.com"),
      subject="Hemos recibido tu solicitud – Coordinadora de eventos y bodas", id="turia-ack",
      text=_turia_ack,
      html=ats_card("Hotel Turia Jardín", paras(_turia_ack), "Enviado con BambooHR",
                    lang="es", color="#15803d")),
    M(kind=A, scenario="public_museum_registry_latin1", lang="es",
      company="Museo de la Seda y el Azahar", contact="inmaculada.peris@museoseda.example.es",
      date="2026-02-11 12:44 +0100",
      frm=("Inmaculada Peris Ribes", "inmaculada.peris@museoseda.example.es"),
      subject="Registro de su solicitud - convocatoria 03/2026", charset="iso-8859-1",
      cte="quoted-printable", id="seda-ack", refs=["seda-application"], text=_seda_ack),
    # ----------------------------------------------------------------- offers fr (5)
    M(kind=OFF, scenario="formal_offer_pdf", lang="fr", company="Palais Mosan des Congrès",
      contact="aurelie.dethier@palaismosan.example.be", date="2026-03-16 09:30 +0100",
      frm=("Aurélie Dethier", "aurelie.dethier@palaismosan.example.be"),
      subject="Proposition d'engagement – Coordinatrice événements & congrès", id="palais-offer",
      refs=["palais-invite", "palais-moved", "palais-thanks"], text=PALAIS_OFFER,
      html=outlook_html(mso(PALAIS_OFFER)),
      attach=[{"name": "Proposition_engagement_Okafor-Blanc.pdf",
                   "title": "Proposition d'engagement",
                   "lines": ["PALAIS MOSAN DES CONGRÈS", "Esplanade de l'Europe 2, 4020 Liège", "",
                          "Proposition d'engagement", "Madame Mélusine Okafor-Blanc", "",
                          "Fonction : Coordinatrice événements & congrès",
                          "Contrat : durée indéterminée, temps plein (38 h)",
                          "Entrée en fonction : 4 mai 2026",
                          "Rémunération mensuelle brute : 3 270 EUR",
                          "Avantages : chèques-repas, éco-chèques, abonnement TEC", "",
                          "Réponse souhaitée avant le 23 mars 2026.",
                          "Aurélie Dethier, Responsable RH"]}]),
    M(kind=OFF, scenario="agency_client_wants_to_hire", lang="fr", company="Château de Fraipont",
      contact="nadia.lemaire@interimplusmeuse.example.be", date="2026-06-11 12:18 +0200",
      frm=("Nadia Lemaire", "nadia.lemaire@interimplusmeuse.example.be"),
      subject="Bonne nouvelle : le Château de Fraipont veut vous engager",
      subject_enc="iso-8859-1:b", text=_fraipont, cte="8bit"),
    M(kind=OFF, scenario="verbal_offer_written_follow_up", lang="fr",
      company="Maison des Vignerons de Remich", contact="claude.schmit@vignerons-remich.example.lu",
      date="2026-07-20 17:25 +0200", frm=("Claude Schmit", "claude.schmit@vignerons-remich.example.lu"),
      subject="Suite à notre appel – votre engagement",
      refs=["vignerons-invite", "vignerons-moved"], text=_vignerons, cte="base64"),
    M(kind=OFF, scenario="contract_sent_for_esignature", lang="fr", company="Université du Val-Mosan",
      contact="pascale.renard@valmosan.example.be", date="2026-07-10 10:44 +0000",
      frm=("Pascale Renard via SignaFlow", "no-reply@signaflow.example.com"),
      reply_to=("Pascale Renard", "pascale.renard@valmosan.example.be"),
      subject="Pascale Renard vous a envoyé un document à signer : Contrat de travail – Okafor-Blanc",
      headers=[("Auto-Submitted", "auto-generated")], text=_signature,
      html=ats_card("SignaFlow", paras(_signature), "SignaFlow – Signature électronique",
                    color="#1f2937",
                    button=("EXAMINER LE DOCUMENT", "https://app.signaflow.example.com/sign/7f3c9a"))),
    M(kind=OFF, scenario="headhunter_named_client_offer", lang="fr", company="Château de Tilff",
      contact="b.demoffarts@hautrive-conseil.example.be", date="2026-09-29 11:02 +0200",
      frm=("Bertrand de Moffarts", "b.demoffarts@hautrive-conseil.example.be"),
      subject="Château de Tilff – proposition", text=_tilff, html=outlook_html(mso(_tilff))),
    # ----------------------------------------------------------------- offers de (2)
    M(kind=OFF, scenario="headhunter_client_offer", lang="de", company="Kirchberg Convention Hall",
      contact="k.voessing@dreilaendereck-search.example.de", date="2026-05-22 13:37 +0200",
      frm=("Konstantin Vössing", "k.voessing@dreilaendereck-search.example.de"),
      subject="Angebot der Kirchberg Convention Hall",
      refs=["kirchberg-approach", "kirchberg-invite", "kirchberg-moved"], text=_kirchberg),
    M(kind=OFF, scenario="contract_offer_pdf", lang="de", company="Stadtmarketing Monschau-Rur",
      contact="a.cremer@stadtmarketing-monschau.example.de", date="2026-09-01 10:10 +0200",
      frm=("Anja Cremer", "a.cremer@stadtmarketing-monschau.example.de"),
      subject="Ihr Vertragsangebot – Projektleitung Veranstaltungen",
      refs=["monschau-ac", "monschau-moved"], text=_monschau, cte="quoted-printable",
      attach=[{"name": "Vertragsangebot_Okafor-Blanc.pdf", "title": "Vertragsangebot",
                   "lines": ["Stadtmarketing Monschau-Rur", "Laufenstraße 8, 52156 Monschau", "",
                          "Vertragsangebot", "Frau Mélusine Okafor-Blanc", "",
                          "Stelle: Projektleitung Veranstaltungen",
                          "Entgeltgruppe 9b TVöD, unbefristet, 39 Std./Woche",
                          "Beginn: 1. November 2026",
                          "Rücksendung bis 15. September 2026", "", "Anja Cremer"]}]),
    # ----------------------------------------------------------------- offers en (2)
    M(kind=OFF, scenario="offer_letter_pdf", lang="en", company="Meuse Riverside Conference Centre",
      contact="ilse.vermeulen@riversidecc.example.nl", date="2026-06-16 15:45 +0200",
      frm=("Ilse Vermeulen", "ilse.vermeulen@riversidecc.example.nl"),
      subject="Offer of employment – Conference Coordinator",
      refs=["riverside-panel", "riverside-moved"], text=_riverside,
      html=simple_html(paras(_riverside), "en"),
      attach=[{"name": "Offer_Letter_M_Okafor-Blanc.pdf", "title": "Offer of employment",
                   "lines": ["Meuse Riverside Conference Centre", "Maasboulevard 100, Maastricht",
                          "", "OFFER OF EMPLOYMENT", "Ms Mélusine Okafor-Blanc", "",
                          "Position: Conference Coordinator", "Hours: 36 per week, permanent",
                          "Salary: EUR 3,450 gross per month (scale 8)",
                          "Start date: 1 September 2026", "", "Please sign and return by 26 June.",
                          "Ilse Vermeulen, HR Business Partner"]}]),
    M(kind=OFF, scenario="verbal_offer_in_writing", lang="en", company="Bassin Boat Events",
      contact="thijs@bassinboats.example.nl", date="2026-08-27 18:50 +0200",
      frm=("Thijs Lemmens", "thijs@bassinboats.example.nl"),
      subject="what we discussed on the phone", text=_bassin),
    # ----------------------------------------------------------------- offers es (1)
    M(kind=OFF, scenario="offer_letter_pdf", lang="es", company="Hotel Turia Jardín",
      contact="lucia.ferrandis@turiajardin.example.es", date="2026-05-04 12:15 +0200",
      frm=("Lucía Ferrandis", "lucia.ferrandis@turiajardin.example.es"),
      subject="Oferta de empleo – Coordinadora de eventos y bodas", id="turia-offer",
      refs=["turia-ack", "turia-invite", "turia-moved"], text=_turia_offer,
      html=simple_html(paras(_turia_offer), "es"),
      attach=[{"name": "Carta_oferta_Okafor-Blanc.pdf", "title": "Carta de oferta",
                   "lines": ["HOTEL TURIA JARDÍN", "Passeig de l'Albereda 32, 46010 València", "",
                          "CARTA DE OFERTA", "Sra. Mélusine Okafor-Blanc", "",
                          "Puesto: Coordinadora de eventos y bodas",
                          "Contrato indefinido, jornada completa",
                          "Salario bruto anual: 27.500 EUR (14 pagas)",
                          "Incorporación: 1 de junio de 2026", "",
                          "Lucía Ferrandis, Directora de RR. HH."]}]),
]
