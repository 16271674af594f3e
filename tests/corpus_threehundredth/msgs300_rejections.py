"""Rejections: every kind of "no" (soft, after interviews, position filled, role on hold,
process suspended, a client's no relayed by an agency), plus the candidate's own mail that a
rejection quotes."""

from __future__ import annotations

from msgs300_common import (
    CAND,
    DISCLAIMER_EN,
    DISCLAIMER_FR,
    html_shell,
    paras,
    spec,
)

_armor = """Bonjour Théo,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Chef de cuisine collective - site de Saint-Nazaire.

Nous avons examiné votre candidature avec attention. Malheureusement, nous avons décidé de poursuivre le processus avec des candidats dont le profil correspond plus étroitement à nos besoins actuels.

Nous conservons vos informations et n'hésiterons pas à revenir vers vous si une opportunité correspondant à votre profil se présente.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Recrutement
Armor Restauration"""

_fennick = """Dear Théo,

Thank you for your application for the position of Production Manager - Central Kitchen (Park Royal) at Fennick Contract Catering.

We received a high number of applications and, unfortunately, on this occasion you have not been shortlisted for interview.

We would encourage you to keep an eye on our careers site, where new roles are posted every week.

Kind regards,
Fennick Talent Acquisition"""

_kantinenwerk = """Sehr geehrter Herr Marchand,

vielen Dank für Ihr Interesse an der Position Küchenleitung (m/w/d) in unserer Betriebsgastronomie am Potsdamer Platz.

Aufgrund einer Neuausrichtung unseres Standortkonzepts haben wir entschieden, die Stelle vorerst nicht zu besetzen. Das Auswahlverfahren wird daher eingestellt, und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.

Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Personalteam
Kantinenwerk Berlin"""

MESSAGES = [
    spec(
        key="armor_reject", kind="rejection", lang="fr",
        company="Armor Restauration", contact="",
        frm=("Armor Restauration", "armorrestauration@myworkday.com"),
        date="2026-01-27 15:02 -0500",
        subject="Votre candidature au poste de Chef de cuisine collective",
        html=html_shell(paras(_armor), "Armor Restauration", "Merci de ne pas répondre à ce message."),
        html_cte="quoted-printable",
    ),
    spec(
        key="sirs_filled", kind="rejection", lang="fr",
        company="SIRS Erdre-et-Cens", contact="rh@sirs-erdre-cens.example.fr",
        frm=("Service RH - SIRS Erdre-et-Cens", "rh@sirs-erdre-cens.example.fr"),
        date="2026-02-09 11:30 +0100",
        subject="Candidature - responsable de la cuisine centrale",
        body="""Monsieur,

Vous avez adressé au Syndicat intercommunal de restauration scolaire (SIRS) Erdre-et-Cens votre candidature au poste de responsable de la cuisine centrale de Carquefou, et nous vous en remercions.

Nous avons le regret de vous informer que ce poste a été pourvu en interne, par voie de mobilité d'un agent du syndicat. Votre candidature ne peut donc pas être retenue.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Pour le Président et par délégation,
Nathalie Guérin
Responsable des ressources humaines
SIRS Erdre-et-Cens - 3 rue des Écoles, 44470 Carquefou""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="estuaire_reject", kind="rejection", lang="fr",
        company="Groupe hospitalier Estuaire", contact="",
        frm=("Groupe hospitalier Estuaire", "ghestuaire@taleo.net"),
        date="2026-03-04 06:15 +0000",
        subject="Suite donnée à votre candidature - Chef de cuisine collective (H/F) - Réf. 26-0412",
        body="""Madame, Monsieur,

Nous vous remercions pour votre candidature au poste de Chef de cuisine collective (H/F) - Unité centrale de production, référence 26-0412.

Après examen de l'ensemble des dossiers reçus, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous vous invitons à consulter régulièrement nos offres d'emploi et vous souhaitons une pleine réussite dans vos démarches.

La Direction des ressources humaines
Groupe hospitalier Estuaire

Ce courriel est généré automatiquement, merci de ne pas y répondre.""",
        subj_enc=("iso-8859-1", "q"), charset="iso-8859-1", cte="base64",
    ),
    spec(
        key="garance_no", kind="rejection", lang="fr",
        company="Maison Garance Réceptions", contact="louise@maison-garance.example.fr",
        frm=("Louise Garance", "louise@maison-garance.example.fr"),
        date="2026-03-18 21:47 +0100",
        subject="Re: Candidature chef de production événementiel",
        body="""Bonsoir Théo,

Merci pour ton message et ton CV, très complet. Je vais être franche : on a finalement choisi de garder l'organisation actuelle pour la saison et de ne pas créer le poste de chef de production cette année. Je ne peux donc pas donner suite, j'en suis désolée.

Si on relance le projet à l'automne, je te recontacterai sans faute.

Belle soirée,
Louise
Maison Garance Réceptions - traiteur événementiel, Bordeaux""",
        name_enc=None,
    ),
    spec(
        key="hestia_relay_no", kind="rejection", lang="fr",
        company="Océane Restauration", contact="marc.aubry@hestia-recrutement.example.fr",
        frm=("Marc Aubry", "marc.aubry@hestia-recrutement.example.fr"),
        date="2026-04-08 18:10 +0200",
        subject="Océane Restauration - retour du client",
        body=f"""Bonjour Théo,

J'ai eu ce matin le retour d'Océane Restauration après votre entretien avec leur directeur régional. Malheureusement, ils ont décidé de ne pas aller plus loin : ils privilégient un candidat qui a déjà piloté une cuisine centrale de plus de 5 000 couverts.

Ils ont pourtant apprécié votre énergie et votre connaissance des normes HACCP. De mon côté, je garde votre profil en tête pour d'autres missions dans la restauration collective de l'Ouest.

Bien à vous,

Marc Aubry
Consultant senior - Hôtellerie & Restauration
Cabinet Hestia Recrutement
27 cours des 50 Otages, 44000 Nantes
06 71 00 29 84

{DISCLAIMER_FR}""",
        subj_enc=("utf-8", "q"), charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="proxim_relay_no", kind="rejection", lang="fr",
        company="Proxim'Intérim", contact="agence.nantes@proxim-interim.example.fr",
        frm=("Proxim'Intérim Nantes Centre", "agence.nantes@proxim-interim.example.fr"),
        date="2026-04-21 12:05 +0200",
        subject="Votre candidature - second de cuisine / responsable de production (traiteur)",
        body="""Bonjour Monsieur Marchand,

Nous revenons vers vous concernant le poste de responsable de production chez notre client, un traiteur de l'agglomération nantaise.

Notre client a fait le choix d'un autre profil et nous ne pourrons donc pas vous positionner sur ce poste. Nous restons toutefois à votre écoute pour des missions d'intérim en cuisine collective : n'hésitez pas à nous tenir informés de vos disponibilités.

Cordialement,
Élodie Rambaud
Chargée de recrutement
Proxim'Intérim - Agence Nantes Centre
8 rue Crébillon, 44000 Nantes - 02 40 00 55 63""",
        name_enc=("iso-8859-1", "b"), charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="eurocantine_hold", kind="rejection", lang="fr",
        company="Eurocantine", contact="",
        frm=("Eurocantine", "no-reply@recruitee.com"),
        date="2026-05-11 09:40 +0200",
        subject="Mise à jour concernant votre candidature - Eurocantine",
        body="""Bonjour Théo,

Nous vous remercions pour votre candidature au poste de Responsable de production - site d'Evere (Bruxelles).

Suite à la perte d'un contrat important, la direction a décidé de mettre ce recrutement en attente pour une durée indéterminée. Nous ne donnerons donc pas suite aux candidatures reçues pour ce poste, dont la vôtre.

Nous sommes sincèrement désolés pour ce contretemps et vous souhaitons le meilleur pour la suite.

L'équipe RH d'Eurocantine
Avenue Henri Conscience 150, 1140 Evere""",
        html=html_shell(paras("""Bonjour Théo,

Nous vous remercions pour votre candidature au poste de Responsable de production - site d'Evere (Bruxelles).

Suite à la perte d'un contrat important, la direction a décidé de mettre ce recrutement en attente pour une durée indéterminée. Nous ne donnerons donc pas suite aux candidatures reçues pour ce poste, dont la vôtre.

L'équipe RH d'Eurocantine"""), "Eurocantine", "Envoyé avec Recruitee", "#e67e22"),
        subj_enc=("utf-8", "b"),
    ),
    spec(
        key="sablon_no", kind="rejection", lang="fr",
        company="Hôtel Royal Sablon", contact="c.vandenbroeck@royalsablon.example.be",
        frm=("Catherine Vandenbroeck", "c.vandenbroeck@royalsablon.example.be"),
        date="2026-05-28 16:55 +0200",
        subject="Votre candidature - Executive Sous-Chef / F&B",
        body="""Cher Monsieur Marchand,

Merci encore de vous être déplacé jusqu'à Bruxelles pour rencontrer notre Directeur F&B et notre Chef exécutif. Vos échanges avec eux ont été très appréciés.

Après un second tour avec deux candidats, nous avons retenu un profil déjà familier du fonctionnement de l'hôtel. C'est donc avec regret que je vous annonce que nous ne poursuivrons pas avec votre candidature.

Je vous souhaite beaucoup de réussite dans votre transition vers le management.

Bien cordialement,
Catherine Vandenbroeck
Talent & Culture Manager
Hôtel Royal Sablon - Rue de la Régence 32, 1000 Bruxelles
+32 2 500 41 77""",
        name_enc=None, cte="quoted-printable",
    ),
    spec(
        key="riviera_no", kind="rejection", lang="fr",
        company="Riviera Gastronomie", contact="",
        frm=("Riviera Gastronomie SA", "rivieragastronomie@icims.com"),
        date="2026-06-03 14:12 +0200",
        subject="Riviera Gastronomie : votre candidature",
        body="""Bonjour Théo,

Merci de l'intérêt que vous portez à Riviera Gastronomie et au poste de Responsable de production traiteur à Montreux.

Nous avons bien étudié votre dossier. Nous avons toutefois décidé de ne pas poursuivre avec votre candidature, la maîtrise de l'allemand et une expérience du marché suisse étant indispensables pour ce poste.

Nous vous remercions pour le temps consacré à votre candidature et vous adressons nos meilleures salutations.

Ressources humaines
Riviera Gastronomie
Avenue des Alpes 44, 1820 Montreux""",
    ),
    spec(
        key="begles_jury", kind="rejection", lang="fr",
        company="Ville de Bègles", contact="",
        frm=("Ville de Bègles - Recrutement", "ne-pas-repondre@mairie-begles.example.fr"),
        date="2026-06-16 10:00 +0200",
        system=True,
        subject="Recrutement responsable de production - cuisine centrale : avis du jury",
        body="""Monsieur,

Vous vous êtes présenté le 9 juin 2026 devant le jury de recrutement pour le poste de responsable de production de la cuisine centrale municipale, et nous vous en remercions.

Nous avons le regret de vous informer que le jury n'a pas retenu votre candidature. Le choix s'est porté sur un candidat titulaire de la fonction publique territoriale.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Direction des ressources humaines
Ville de Bègles""",
        charset="windows-1252", cte="quoted-printable", name_enc=("windows-1252", "q"),
    ),
    spec(
        key="loire_traiteur_suspend", kind="rejection", lang="fr",
        company="Loire Traiteur", contact="f.josse@loire-traiteur.example.fr",
        frm=("François Josse", "f.josse@loire-traiteur.example.fr"),
        date="2026-07-02 08:20 +0200",
        subject="Recrutement responsable de production : suspension du processus",
        body="""Bonjour Théo,

Je reviens vers vous comme promis après notre échange téléphonique du 24 juin.

Loire Traiteur est en cours de rapprochement avec un autre groupe et nous avons dû suspendre tous les recrutements de cadres jusqu'à la fin de l'année. Le processus pour le poste de responsable de production s'arrête donc ici, et je ne peux pas vous proposer de rencontre avec la direction.

Je suis sincèrement désolé, votre profil nous plaisait beaucoup.

Cordialement,
François Josse
Directeur d'exploitation - Loire Traiteur
Rue de l'Ouche Buron, 44300 Nantes""",
        cte="base64",
    ),
    spec(
        key="atlantic_resto_no", kind="rejection", lang="fr",
        company="Atlantic Resto Services", contact="",
        frm=("Atlantic Resto Services", "no-reply@ashbyhq.com"),
        date="2026-07-21 17:31 +0000",
        subject="Atlantic Resto Services - Responsable d'exploitation Bordeaux",
        body="""Bonjour Théo,

Merci d'avoir postulé au poste de Responsable d'exploitation (Bordeaux Métropole) chez Atlantic Resto Services.

Nous avons reçu de nombreuses candidatures de grande qualité. Après une revue attentive de votre profil, nous ne sommes pas en mesure de vous proposer un entretien pour ce poste.

Nous vous remercions sincèrement pour votre intérêt et espérons que nos chemins se recroiseront.

L'équipe Talent d'Atlantic Resto Services""",
        html=html_shell(paras("""Bonjour Théo,

Merci d'avoir postulé au poste de Responsable d'exploitation (Bordeaux Métropole) chez Atlantic Resto Services.

Après une revue attentive de votre profil, nous ne sommes pas en mesure de vous proposer un entretien pour ce poste.

L'équipe Talent d'Atlantic Resto Services"""), "Atlantic Resto Services", "Powered by Ashby", "#0b7285"),
    ),
    spec(
        key="beaulieu_filled", kind="rejection", lang="fr",
        company="Clinique du Parc Beaulieu", contact="",
        frm=("Clinique du Parc Beaulieu", "notifications@bamboohr.com"),
        date="2026-08-18 09:05 +0000",
        subject="Poste de Chef de cuisine - Clinique du Parc Beaulieu",
        body="""Bonjour Théo Marchand,

Nous vous remercions pour votre candidature au poste de Chef de cuisine (restauration patients et self du personnel).

Nous vous informons que ce poste est désormais pourvu. Nous clôturons donc les candidatures en cours et ne pourrons pas donner une suite favorable à la vôtre.

Bien cordialement,
Service des ressources humaines
Clinique du Parc Beaulieu, Nantes""",
        charset="iso-8859-1", cte="quoted-printable",
    ),

    # ---------------- English
    spec(
        key="fennick_reject", kind="rejection", lang="en",
        company="Fennick Contract Catering", contact="",
        frm=("Fennick Contract Catering", "fennick@myworkday.com"),
        date="2026-02-16 04:12 -0800",
        subject="Your application for Production Manager - Central Kitchen",
        html=html_shell(paras(_fennick), "Fennick Contract Catering",
                        "This is an automated message from our recruitment system.", "#6c3483"),
    ),
    spec(
        key="kestrel_reject", kind="rejection", lang="en",
        company="Kestrel Hotels", contact="",
        frm=("Kestrel Hotels", "no-reply@hire.lever.co"),
        date="2026-04-23 16:44 +0100",
        subject="Update on your Kestrel Hotels application",
        body="""Hi Théo,

Thank you so much for your interest in the Head Chef - Staff Restaurant & Banqueting role at Kestrel Hotels in Shoreditch, and for the time you put into your application.

We've reviewed your profile carefully and have decided not to move forward at this stage. We know that's disappointing to hear - please don't let it put you off applying for other roles with us in future.

All the best,
The Kestrel Hotels People Team""",
        html=html_shell(paras("""Hi Théo,

Thank you so much for your interest in the Head Chef - Staff Restaurant & Banqueting role at Kestrel Hotels in Shoreditch.

We've reviewed your profile carefully and have decided not to move forward at this stage.

All the best,
The Kestrel Hotels People Team"""), "Kestrel Hotels", "Sent via Lever", "#2c3e50"),
    ),
    spec(
        key="copperpot_relay_no", kind="rejection", lang="en",
        company="Marlowe Healthcare Catering", contact="hannah@copperpot-recruitment.example.co.uk",
        frm=("Hannah Briggs", "hannah@copperpot-recruitment.example.co.uk"),
        date="2026-05-14 12:26 +0100",
        subject="Marlowe Healthcare Catering - feedback",
        body=f"""Hi Théo,

Hope you're well. I've just had feedback from Marlowe Healthcare Catering on the Operations Manager role.

Sadly they won't be taking your application further - they've gone with someone who already holds a UK food safety management qualification and NHS patient-feeding experience. They did say your CV was one of the strongest on the production side.

I'll keep sending roles your way, and I think the contract caterers in central London would be a better fit anyway. Shall we have a quick call next week?

Cheers,
Hannah

Hannah Briggs | Senior Consultant, Hospitality
Copperpot Recruitment | 22 Leather Lane, London EC1N 7SU | 020 7946 0771

{DISCLAIMER_EN}""",
        cte="8bit", charset="windows-1252",
    ),
    spec(
        key="wexcombe_cancel", kind="rejection", lang="en",
        company="Wexcombe Healthcare", contact="",
        frm=("Wexcombe Healthcare Careers", "wexcombe@icims.com"),
        date="2026-06-08 09:20 +0100",
        subject="Catering Services Manager (Req 26-118) - position withdrawn",
        body="""Dear Théo Marchand,

Thank you for applying for the position of Catering Services Manager (Req 26-118) at Wexcombe Healthcare.

Following a review of our facilities budget, the position has been cancelled and will not be filled. As a result, we will not proceed with your application.

We are sorry for any inconvenience and thank you for your interest in Wexcombe Healthcare.

Recruitment Services
Wexcombe Healthcare""",
        cte="quoted-printable",
    ),
    spec(
        key="gilded_own_thanks", kind="other", lang="en", company="", contact="",
        frm=CAND, to=("Oliver Penhaligon", "oliver@gildedfork.example.co.uk"),
        date="2026-07-09 21:14 +0100",
        subject="Thank you - Production Lead interview",
        body="""Dear Oliver,

Thank you for showing me round the Bermondsey kitchen today and for the chat with Ruth. Seeing the team prep for a 600-cover gala was fascinating, and I'd love to bring my central kitchen experience to it.

Looking forward to hearing from you.

Best regards,
Théo Marchand""",
    ),
    spec(
        key="gilded_no", kind="rejection", lang="en",
        company="Gilded Fork Events", contact="oliver@gildedfork.example.co.uk",
        frm=("Oliver Penhaligon", "oliver@gildedfork.example.co.uk"),
        date="2026-07-17 10:03 +0100",
        subject="Re: Thank you - Production Lead interview",
        parent="gilded_own_thanks", quote="en",
        body="""Hi Théo,

Thanks for your lovely note, and apologies for taking a week to come back to you.

Ruth and I have talked it over at length. We've decided to offer the Production Lead role to someone who has run London event kitchens before - with our peak season starting in a month, we felt we couldn't build in a long settling-in period. So it's a no from us this time, which I'm genuinely sorry about.

If you do move to London, please come and say hello.

Best,
Oliver
Gilded Fork Events""",
    ),

    # ---------------- German
    spec(
        key="lindenhof_absage", kind="rejection", lang="de",
        company="Hotelgruppe Lindenhof", contact="",
        frm=("Hotelgruppe Lindenhof", "lindenhof@softgarden.io"),
        date="2026-03-26 14:50 +0100",
        subject="Ihre Bewerbung als F&B Manager (m/w/d) - Hotel Lindenhof Mitte",
        body="""Sehr geehrter Herr Marchand,

herzlichen Dank für Ihre Bewerbung als F&B Manager (m/w/d) im Hotel Lindenhof Mitte und das damit verbundene Interesse an unserer Hotelgruppe.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihren weiteren beruflichen Weg viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hotelgruppe Lindenhof""",
        html=html_shell(paras("""Sehr geehrter Herr Marchand,

herzlichen Dank für Ihre Bewerbung als F&B Manager (m/w/d) im Hotel Lindenhof Mitte.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hotelgruppe Lindenhof"""), "Hotelgruppe Lindenhof", "Versendet über softgarden", "#7d6608"),
        charset="iso-8859-1",
    ),
    spec(
        key="charlotten_besetzt", kind="rejection", lang="de",
        company="Charlottenklinik Berlin", contact="",
        frm=("Charlottenklinik Berlin Karriere", "charlottenklinik@successfactors.eu"),
        date="2026-05-19 07:33 +0000",
        subject="Stellenbesetzung Küchenleitung Patientenverpflegung",
        body="""Sehr geehrter Herr Marchand,

wir bedanken uns für Ihre Bewerbung auf die Position Küchenleitung Patientenverpflegung (Kennziffer CK-2026-031).

Wir möchten Sie darüber informieren, dass die Stelle inzwischen besetzt ist. Ihre Bewerbung kann daher nicht mehr berücksichtigt werden.

Ihre Daten werden entsprechend den gesetzlichen Vorgaben gelöscht.

Mit freundlichen Grüßen
Personalabteilung
Charlottenklinik Berlin

Diese E-Mail wurde automatisch generiert.""",
        cte="base64",
    ),
    spec(
        key="zeitwerk_relay_no", kind="rejection", lang="de",
        company="Zeitwerk Personal", contact="s.brandt@zeitwerk-personal.example.de",
        frm=("Sebastian Brandt", "s.brandt@zeitwerk-personal.example.de"),
        date="2026-06-24 16:18 +0200",
        subject="Rückmeldung unseres Kunden - Küchenchef Gemeinschaftsverpflegung",
        body="""Hallo Herr Marchand,

ich habe heute die Rückmeldung unseres Kunden (Betriebsrestaurant eines Industrieunternehmens in Berlin-Siemensstadt) bekommen. Leider hat sich der Kunde gegen eine Einstellung entschieden. Ausschlaggebend waren vor allem die fehlenden Deutschkenntnisse auf C1-Niveau für die Mitarbeiterführung.

Das tut mir leid, zumal das Telefonat aus meiner Sicht sehr gut lief. Wenn Sie mögen, schicke ich Ihnen weitere Vakanzen in der Gemeinschaftsverpflegung, bei denen Englisch ausreicht.

Beste Grüße
Sebastian Brandt
Personalberater Gastronomie
Zeitwerk Personal GmbH | Friedrichstraße 95, 10117 Berlin | +49 30 2000 7712""",
        subj_enc=("utf-8", "b"), charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="kantinenwerk_gestoppt", kind="rejection", lang="de",
        company="Kantinenwerk Berlin", contact="",
        frm=("Kantinenwerk Berlin", "bewerbung-noreply@kantinenwerk.example.de"),
        date="2026-08-04 10:10 +0200",
        subject="Ihre Bewerbung: Küchenleitung (m/w/d) Potsdamer Platz",
        html=html_shell(paras(_kantinenwerk), "Kantinenwerk Berlin"),
        charset="iso-8859-1", html_cte="quoted-printable",
    ),

    # ---------------- Spanish
    spec(
        key="kontxa_no", kind="rejection", lang="es",
        company="Grupo Hostelero Kontxa", contact="",
        frm=("Grupo Hostelero Kontxa", "no-reply@teamtailor-mail.com"),
        date="2026-03-31 08:10 +0000",
        subject="Tu candidatura en Grupo Hostelero Kontxa",
        body="""Hola Théo:

Queremos agradecerte el tiempo dedicado a tu candidatura para el puesto de Responsable de Alimentos y Bebidas en el Hotel Kontxa Playa de Donostia.

Tras revisar todos los perfiles, hemos decidido continuar el proceso con otras personas cuya experiencia se ajusta más a lo que necesitamos en este momento.

Te animamos a seguir pendiente de nuestras ofertas. ¡Mucha suerte!

Un saludo,
Equipo de Personas - Grupo Hostelero Kontxa""",
        html=html_shell(paras("""Hola Théo:

Queremos agradecerte el tiempo dedicado a tu candidatura para el puesto de Responsable de Alimentos y Bebidas en el Hotel Kontxa Playa de Donostia.

Tras revisar todos los perfiles, hemos decidido continuar el proceso con otras personas cuya experiencia se ajusta más a lo que necesitamos en este momento.

Un saludo,
Equipo de Personas - Grupo Hostelero Kontxa"""), "Grupo Hostelero Kontxa", "Enviado con Teamtailor", "#1a5276"),
    ),
    spec(
        key="urgull_no", kind="rejection", lang="es",
        company="Catering Urgull", contact="inaki@cateringurgull.example.es",
        frm=("Iñaki Arrieta", "inaki@cateringurgull.example.es"),
        date="2026-05-06 19:25 +0200",
        subject="Re: Puesto de jefe de producción",
        body="""Hola Théo:

Muchas gracias por venir a la entrevista el lunes y por la prueba en cocina; el txangurro te quedó de diez.

Lamentablemente hemos decidido contratar a una persona de la zona que ya conoce a nuestros proveedores y el calendario de bodas de la temporada. No es una decisión sobre tu valía, sino sobre el momento.

Te deseo mucha suerte y ojalá coincidamos en otra ocasión.

Un abrazo,
Iñaki Arrieta
Director - Catering Urgull
Paseo de Salamanca 12, 20003 Donostia-San Sebastián
+34 943 00 27 19""",
        name_enc=("utf-8", "q"), charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="bidasoa_relay_no", kind="rejection", lang="es",
        company="Hotel Ondarreta Mar", contact="leire.goikoetxea@bidasoa-empleo.example.es",
        frm=("Leire Goikoetxea", "leire.goikoetxea@bidasoa-empleo.example.es"),
        date="2026-06-29 13:40 +0200",
        subject="Respuesta del Hotel Ondarreta Mar",
        body="""Buenas tardes, Théo:

Te escribo para trasladarte la respuesta del Hotel Ondarreta Mar sobre el puesto de jefe de cocina de banquetes. El cliente nos ha comunicado que ha seleccionado a otro candidato, por lo que no seguiremos adelante con tu candidatura en este proceso.

Seguimos contando con tu perfil para otras ofertas de hostelería en Gipuzkoa y te avisaré en cuanto tengamos algo que encaje.

Un saludo,
Leire Goikoetxea
Consultora de selección
Bidasoa Empleo ETT - Avenida de la Libertad 8, 20004 Donostia""",
        cte="quoted-printable",
    ),
    spec(
        key="igeldo_cancelado", kind="rejection", lang="es",
        company="Clínica Igeldo", contact="",
        frm=("Clínica Igeldo", "noreply@workablemail.com"),
        date="2026-07-30 10:55 +0000",
        subject="Clínica Igeldo - Responsable de Cocina Hospitalaria",
        body="""Hola Théo,

Gracias por tu interés en el puesto de Responsable de Cocina Hospitalaria en Clínica Igeldo.

Te informamos de que la clínica ha decidido externalizar el servicio de restauración y, por tanto, el proceso de selección queda cancelado. No continuaremos con ninguna de las candidaturas recibidas, incluida la tuya.

Sentimos las molestias y te agradecemos el tiempo dedicado.

Recursos Humanos
Clínica Igeldo""",
        subj_enc=("iso-8859-1", "b"),
    ),
    spec(
        key="jantokiak_no", kind="rejection", lang="es",
        company="Gure Jantokiak", contact="seleccion@gurejantokiak.example.es",
        frm=("Selección Gure Jantokiak", "seleccion@gurejantokiak.example.es"),
        date="2026-09-02 09:15 +0200",
        subject="Proceso de selección: Coordinador/a de cocinas escolares",
        body="""Estimado Théo:

Le agradecemos su participación en el proceso de selección para el puesto de Coordinador/a de cocinas escolares en Gipuzkoa.

Le comunicamos que la vacante ya ha sido cubierta. Valoramos positivamente su trayectoria, pero el perfil elegido acredita el nivel C1 de euskera, requisito necesario para el trato con los centros educativos.

Reciba un cordial saludo,

Departamento de Selección
Gure Jantokiak - Restauración escolar
Polígono Belartza, 20018 Donostia""",
        name_enc=("windows-1252", "q"), charset="windows-1252", cte="base64",
    ),
]
