"""Corpus 241: the 31 rejections, written by hand."""

from __future__ import annotations

from msgs241_common import (
    ats_card,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply,
    wrote,
)
from msgs241_invites import _AARE_INV2 as AARE_INV2
from msgs241_invites import CCSN_MOVE, LITTORAL_MISSED, RLEV_INV
from msgs241_other import LIFFEY_THANKS, RHONE_THANKS

# ----------------------------------------------------------------------------------- French

_IUP_TEXT = """Bonjour Séverin,

Nous vous remercions de l'intérêt que vous portez à l'Institut universitaire Pérolles et du temps consacré à votre candidature pour le poste de Technicien·ne support informatique (R-04417).

Après examen attentif de l'ensemble des dossiers, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Vos données restent enregistrées sur notre portail carrières ; vous pouvez à tout moment consulter nos offres et postuler à nouveau.

Avec nos meilleures salutations,
Service des ressources humaines
Institut universitaire Pérolles"""

_LITTORAL_REJ = """Bonjour Monsieur Mbala-Hofstetter,

Je vous remercie pour votre appel de rattrapage et pour la discussion que nous avons finalement pu avoir le 24 mars.

Nous avons entre-temps rencontré plusieurs personnes pour le poste de support utilisateurs. D'autres profils, plus familiers de notre environnement (Citrix, applications métier d'assurance), ont été privilégiés, et je ne pourrai donc pas vous proposer de deuxième entretien.

Votre reconversion est un beau projet et je vous encourage à la poursuivre ; n'hésitez pas à consulter nos offres d'ici quelques mois.

Cordialement,

Laetitia Vuilleumier
Spécialiste RH
Mutuelle du Littoral
Faubourg du Lac 12 | 2000 Neuchâtel
T +41 32 555 41 20

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire. Toute utilisation non autorisée est interdite."""

_CCSN_REJ = """Monsieur,

Je reviens vers vous suite à votre participation à la journée d'évaluation du 20 août, dont nous vous remercions.

Le Conseil d'État a décidé la semaine dernière un gel temporaire des engagements dans l'administration cantonale. Le poste de technicien·ne support N1 est gelé jusqu'à nouvel avis et la procédure en cours est close sans nomination. Si le poste devait être remis au concours, il ferait l'objet d'une nouvelle publication.

Je regrette sincèrement cette issue, indépendante de la qualité de votre dossier.

Valérie Jeanneret
Cheffe de projet RH
Centre cantonal des services numériques
Rue du Château 19, 2001 Neuchâtel
+41 32 555 88 03

AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des informations protégées par le secret de fonction. S'il ne vous est pas destiné, veuillez le signaler à l'expéditeur et le supprimer."""

_GRUYERE_REJ = """Bonsoir M. Mbala-Hofstetter,

Merci d'être passé mardi. On a finalement pris quelqu'un du coin qui connaît déjà nos clients.

Bonne suite,
Yannick Pasquier
Gruyère Micro Services
Grand-Rue 18, 1630 Bulle"""

_SAUGES_FWD = """Bonjour Séverin,

Je vous transfère ci-dessous le retour de la Clinique des Sauges, reçu hier soir.

Malheureusement, ils n'iront pas plus loin avec votre candidature : ils ont choisi un profil qui connaît déjà un logiciel de dossier patient. Ce n'est pas une question de savoir-être, le responsable a été très positif sur votre présentation.

Je vous appelle lundi pour faire le point sur deux autres missions en cours.

Belle journée,
Joëlle Bersier
Consultante en placement
Alpes Emploi Conseil | Avenue de la Gare 4 | 1003 Lausanne | 021 555 60 41

""" + outlook_block(
    "fr",
    "Marc-André Rochat <ma.rochat@clinique-sauges.example.ch>",
    "mercredi, 11 février 2026 17:05",
    "Joëlle Bersier <joelle.bersier@alpes-emploi.example.ch>",
    "Candidat M. Mbala-Hofstetter",
    """Bonjour Joëlle,

Merci pour la présentation de M. Mbala-Hofstetter ; l'échange de jeudi était agréable.

Nous avons toutefois retenu une autre personne, déjà formée sur notre dossier patient informatisé. Je vous laisse le lui transmettre avec nos remerciements.

Meilleures salutations,
Marc-André Rochat
Responsable informatique
Clinique des Sauges""",
)

_RHONE_REJ = reply(
    """Bonjour Séverin,

Merci pour votre message, et encore désolé pour le faux départ sur Teams la première fois.

Nous avons apprécié votre manière d'expliquer les choses simplement, c'est une vraie qualité au helpdesk. Après avoir comparé les profils, notre choix s'est cependant porté sur une personne qui a déjà administré un parc Intune de plusieurs centaines de postes. Ce n'est donc pas une suite positive pour vous cette fois-ci.

Je vous souhaite le meilleur pour la suite et je garde votre CV sous le coude.

Karim Benali
Responsable Service Desk
Rhône IT Services
Rue de Lausanne 56, 1202 Genève
+41 22 555 31 77""",
    "fr",
    "mar. 16 juin 2026 à 18:05",
    "Séverin Mbala-Hofstetter",
    "severin.mh@example.ch",
    RHONE_THANKS,
)

_CHAMPEL_REJ = """Monsieur Mbala-Hofstetter,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de technicien(ne) informatique de la Clinique Champel-Vert.

Suite à une réorganisation de notre service technique, ce poste a pu être repourvu à l'interne par une collaboratrice déjà active dans la maison. Le recrutement externe est dès lors clos, et nous ne sommes pas en mesure de donner une suite favorable à votre dossier.

Nous conservons volontiers vos coordonnées si vous nous en donnez l'accord.

Avec nos meilleures salutations,

Sandrine Favre
Ressources humaines
Clinique Champel-Vert
Chemin des Crêts-de-Champel 2, 1206 Genève
Tél. 022 555 19 60"""

_FRINET_REJ = """Salut Séverin,

Je préfère te le dire moi-même plutôt que tu reçoives un mail tout fait : on ne va pas pouvoir te prendre pour le poste de support. Le patron veut quelqu'un qui a déjà fait du réseau Cisco en prod, et là-dessus je n'ai pas réussi à le faire changer d'avis.

Franchement, ta motivation m'a bluffé à l'apéro du Fribourg IT Meetup, alors ne lâche rien. Si j'entends parler d'un truc ailleurs, je te fais signe.

À plus,
Loïc

--
Loïc Dafflon | Team Lead Service Desk
Fri-Net Solutions Sàrl | Rue de Romont 9 | 1700 Fribourg
026 555 14 90"""

_BROYE_REJ = """Cher Séverin,

Merci d'avoir postulé au poste « Collaborateur·trice helpdesk IT (80 %) » auprès de l'Assurance Mutuelle Broye.

Nous avons reçu de nombreuses candidatures de qualité pour ce poste. Nous avons le regret de vous annoncer que votre profil ne sera pas pris en considération.

Nous vous souhaitons plein succès dans vos démarches professionnelles.

L'équipe Talent Acquisition
Assurance Mutuelle Broye"""

_LEMAN_REJ = """Bonjour Séverin,

Nous avons bien noté vos explications concernant la visioconférence du 22 avril, merci de nous avoir écrit.

Nous ne sommes malheureusement pas en mesure de vous proposer un nouveau créneau : le poste de Technicien·ne Service Desk a été attribué entre-temps à une autre personne du processus.

Nous vous remercions pour votre intérêt et vous souhaitons bonne chance dans vos recherches.

Aurélie Chappuis
Talent Partner, Léman Support Services"""

_DUCREST_REJ = """Cher Monsieur,

Je reviens vers vous au sujet du mandat confidentiel de technicien support que je vous avais présenté il y a trois semaines, pour le compte d'une institution financière genevoise.

Mon client a examiné votre dossier avec attention mais souhaite, à ce stade, privilégier des profils ayant déjà évolué en environnement bancaire (gestion des accès, procédures ITIL). Il n'y aura donc pas de présentation de votre candidature pour ce mandat.

Je garde naturellement votre dossier actif dans notre base et ne manquerai pas de vous contacter pour une opportunité plus adaptée.

Bien cordialement,

Olivier Ducrest
Associé
Ducrest & Partenaires Sàrl – Executive Search
Rue du Rhône 88, 1204 Genève
+41 22 555 02 90

Ce courriel est strictement confidentiel. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur."""

_HEVN_REJ = """Monsieur,

Nous vous remercions d’avoir passé la journée du 19 mai avec notre équipe du support aux étudiant·e·s. Vos échanges avec les utilisateurs au guichet ont été appréciés.

Au terme de nos délibérations, nous avons toutefois décidé de confier le poste à une personne disposant déjà d’une pratique de Jamf et de l’environnement macOS, largement majoritaire sur notre campus.

Nous sommes conscients que cette nouvelle est décevante après l’investissement que représente une journée d’essai, et nous vous remercions de votre engagement.

Veuillez agréer, Monsieur, nos salutations distinguées.

Christophe Mermoud
Responsable du support informatique
Haute École Vaudoise du Numérique (HEVN)
Avenue de Provence 30 – 1007 Lausanne
+41 21 555 70 12"""

_OLIVIERS_REJ = """Bonjour Séverin Mbala-Hofstetter,

Le processus de recrutement pour le poste « Technicien·ne informatique polyvalent·e (EMS) », réf. 2026-118, est désormais clôturé.

Malgré l'intérêt de votre parcours, d'autres dossiers ont été préférés au vôtre. Nous vous remercions pour l'intérêt témoigné à notre fondation et pour votre patience durant ce processus plus long que prévu.

Fondation Les Oliviers – Ressources humaines"""

_TPM_REJ = """Monsieur Mbala-Hofstetter,

Suite à votre entretien du 9 juillet par visioconférence, nous tenons à vous remercier pour votre disponibilité et la qualité de nos échanges.

Le comité de sélection a désigné une autre personne, dont le parcours répond mieux aux exigences techniques du poste de technicien/ne support poste de travail.

Nous vous adressons nos meilleurs voeux pour votre avenir professionnel.

Transports Publics du Moléson
Ressources humaines
Case postale 112, 1630 Bulle"""

_VAUSEYON_APPL = """Madame, Monsieur,

Actuellement facteur à Fribourg et en reconversion vers le support informatique (CFC d'informaticien en cours du soir, certification CompTIA A+ obtenue), je me permets de vous adresser une candidature spontanée.

Je serais ravi de vous rencontrer pour un entretien afin de vous présenter ma motivation.

Meilleures salutations,
Séverin Mbala-Hofstetter"""

_VAUSEYON_REJ = reply(
    """Bonjour Monsieur Mbala-Hofstetter,

Merci pour votre candidature spontanée et pour l'intérêt porté à notre maison.

Notre équipe informatique est au complet et nous ne prévoyons aucun recrutement dans le support d'ici la fin de l'année. Nous devons donc décliner votre candidature spontanée, et ne conserverons pas votre dossier au-delà de trois mois conformément à notre politique de protection des données.

Avec nos meilleures salutations,
Mélanie Robert
Ressources humaines, Horlogerie Vauseyon""",
    "fr",
    "2 avr. 2026 à 21:14",
    "Séverin Mbala-Hofstetter",
    "severin.mh@example.ch",
    _VAUSEYON_APPL,
)

# ----------------------------------------------------------------------------------- English

_LIFFEY_REJ = reply(
    """Hi Séverin,

Thanks a million for your kind note after last Thursday's conversation, and for the time you gave us.

The panel met on Tuesday and, after a lot of back and forth, we're offering the Service Desk Analyst role to another candidate who has supported a Microsoft 365 migration in a company of our size. I know that isn't what you were hoping to hear.

For what it's worth, your troubleshooting walkthrough was among the clearest we saw. If you're happy for me to keep your details, I'd like to get in touch when the 2nd-line opening we expect in the autumn is approved.

All the best,
Maeve

Maeve Brennan | Talent Acquisition Partner
Liffey Managed Services | 14 Ormond Quay Upper, Dublin 7""",
    "en",
    "Thu, 19 Feb 2026 at 17:30",
    "Séverin Mbala-Hofstetter",
    "severin.mh@example.ch",
    LIFFEY_THANKS,
)

_DOCKSIDE_REJ = """Hi Séverin,

Thank you for your interest in the IT Support Technician position at Dockside Digital, and for the time you have invested in our process.

We have decided to move forward with candidates whose experience more closely matches the requirements of this role.

We'd encourage you to keep an eye on our careers page, as new roles open regularly.

Best regards,
The Dockside Digital Talent Team"""

_CLONTARF_REJ = """Dear Séverin,

I am writing with an update following your interview with our panel on 21 April.

Following a review of our ICT budget by the Board, the IT Support Officer position has been put on hold and we will not proceed with the appointment this year. We are therefore closing the competition without appointing any candidate.

Please accept our apologies for this outcome, which has nothing to do with your performance at interview. Should the post be re-advertised, you will of course be welcome to apply again.

Kind regards,

Niamh Gallagher
HR Business Partner
Clontarf Clinic
Seafront Road, Clontarf, Dublin 3
Tel: +353 1 555 4410

This email and any attachments are confidential and may contain patient-identifiable or legally privileged information. If you are not the intended recipient, please notify the sender and delete it. Clontarf Clinic DAC, registered in Ireland."""

_HOWTH_APPL = """Hello,
I saw your card in the window about a repair technician. I fix phones and laptops for friends and neighbours and I'm studying IT support. Could we meet for a short interview?
Séverin"""

_HOWTH_REJ = f"""Hi Severin - thanks for applying, we've filled it. Good luck.
Ronan

Sent from my phone

{wrote("en", "7 May 2026, at 09:02", "Séverin Mbala-Hofstetter", "severin.mh@example.ch")}
{quote(_HOWTH_APPL)}
"""

_PALAIS_REJ = """Dear Séverin,

I've just had feedback from the hiring manager at Palais Data Centre.

They enjoyed meeting you on Monday, but they've told me they won't be offering you the assignment. The role includes a weekend on-call rota and they felt your (very honest!) answer about Sunday availability would be a stumbling block.

I'm sorry it didn't work out this time. I'll keep sending you assignments that fit your constraints better.

Best wishes,
Priya Raman
Senior Consultant | Helvetic Staffing
Rue du Mont-Blanc 7, 1201 Geneva | +41 22 555 77 30"""

_KILMAINHAM_REJ = """Hi Séverin,

We appreciate you taking the time to apply for the Desktop Support Engineer role at Kilmainham Software.

We won't be moving forward with your application at this time. We know this is disappointing, and we'd like to apologise again for the interview slot we had to cancel last month.

Thanks again, and we wish you every success.

Kilmainham Software Recruiting"""

_RINGSEND_REJ = """Dear Séverin,

Thank you for applying for the IT & Systems Administrator post with Ringsend Family Practice Group.

We have reviewed your application carefully and, on this occasion, we will not be progressing it further.

We appreciate the interest you have shown in working with our practices and wish you well in your job search.

Ringsend Family Practice Group"""

_SMITHFIELD_REJ = """Hey Séverin,

Right, so — I pushed for you, honestly, but the lads upstairs went with a guy who's been on our contractor list for two years. Not much I could do about it.

Gutted, because I'd have loved having you on the desk after the way you sorted the Wi-Fi chaos at the repair café. Keep at it, something will land. Pint next time I'm over in Fribourg?

Dec

--
Declan Fitzpatrick
Helpdesk Team Lead, Smithfield Systems
Smithfield Square, Dublin 7"""

# ----------------------------------------------------------------------------------- German

_AARE_REJ = """Sehr geehrter Herr Mbala-Hofstetter

Vielen Dank für das Gespräch vom 29. April und Ihr Interesse an einer Tätigkeit im Aare Spital.

Wir haben uns die Entscheidung nicht leicht gemacht. Leider fällt unser Entscheid für die Stelle als ICT-Supporter/in 1st Level nicht zu Ihren Gunsten aus: Den Vorzug erhielt eine Kandidatin, die bereits mit unserem Klinikinformationssystem gearbeitet hat.

Wir danken Ihnen für Ihre Offenheit und wünschen Ihnen für Ihre berufliche Neuorientierung viel Erfolg.

Freundliche Grüsse

Simone Zürcher
HR-Fachfrau
Aare Spital
Spitalweg 40, 3011 Bern
Telefon 031 555 62 18

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""

_BAERENGRABEN_REJ = """Guten Tag Herr Mbala-Hofstetter

Besten Dank für Ihre Zeit am Schnuppertag und die angenehmen Gespräche mit unserem Supportteam.

Nach sorgfältiger Abwägung haben wir entschieden, die Stelle anderweitig zu besetzen. Dieser Entscheid ist uns nicht leichtgefallen.

Ihre Unterlagen werden gemäss Datenschutz nach Abschluss des Verfahrens gelöscht.

Freundliche Grüsse
Personalabteilung
Bärengraben Informatik AG"""

_ALPINA_REJ = """Hallo Séverin

Kurzes Update von meiner Seite: Alpina Versicherungen hat sich nach dem Gespräch vom 28. Juli gegen eine Weiterführung entschieden.

Sie hätten gerne jemanden mit mehr Erfahrung in einer Telefon-Hotline mit hohem Ticketvolumen gehabt. Ich weiss, das ist ärgerlich, gerade nachdem der erste Termin so holprig war und wir ihn extra neu organisiert haben.

Ich melde mich nächste Woche mit zwei neuen Vakanzen in Bern und Thun.

Beste Grüsse
Reto Kälin
Personalberater ICT
TalentBrücke Personal AG
Bubenbergplatz 8, 3011 Bern
031 555 40 90"""

_STALBAN_THANKS = """Sehr geehrte Frau Wyss

Vielen Dank für das angenehme Vorstellungsgespräch von gestern. Der Rundgang durch die Leitstelle des Applikationssupports hat mich sehr beeindruckt, und ich bin nach wie vor überzeugt, dass ich gut ins Team passen würde.

Ich freue mich, von Ihnen zu hören.

Freundliche Grüsse
Séverin Mbala-Hofstetter"""

_STALBAN_REJ = reply(
    """Guten Morgen Herr Mbala-Hofstetter

Herzlichen Dank für Ihre freundlichen Zeilen. Es hat auch uns gefreut, Sie kennenzulernen.

Wir haben in der Zwischenzeit alle Gespräche ausgewertet. Für die Stelle im Applikationssupport haben wir uns für eine Person entschieden, die bereits mehrere Jahre im Spitalumfeld tätig war. Ich bedaure, Ihnen keinen positiven Bescheid geben zu können.

Sofern Sie einverstanden sind, nehmen wir Sie gerne in unseren Pool für künftige Vakanzen auf.

Freundliche Grüsse

Andrea Wyss
Personalgewinnung
Spital St. Alban
St. Alban-Vorstadt 77, 4052 Basel
061 555 23 40""",
    "de",
    "17.09.2026 um 19:02",
    "Séverin Mbala-Hofstetter",
    "severin.mh@example.ch",
    _STALBAN_THANKS,
)

# ----------------------------------------------------------------------------------- Spanish

_LEVANTE_REJ = """Hola Séverin:

Gracias por participar en el proceso de selección de Levante Sistemas para el puesto de Técnico/a de soporte.

Lamentamos comunicarte que no vas a continuar en el proceso. Hemos valorado todas las candidaturas y el equipo ha optado por perfiles con más experiencia en entornos Linux.

Guardaremos tu currículum para futuras vacantes si nos das tu consentimiento desde el portal.

Un saludo,
Equipo de Personas de Levante Sistemas"""

_MALVARROSA_REJ = """Estimado Sr. Mbala-Hofstetter:

Le escribimos para informarle de que la Dirección de Sistemas ha decidido anular la convocatoria de la plaza de técnico/a de soporte informático, debido a la integración de nuestro servicio de soporte en el centro de servicios compartidos del grupo hospitalario.

La plaza no se cubrirá y el proceso queda cerrado para todas las candidaturas. La llamada que teníamos pendiente con usted queda, por tanto, sin efecto.

Le agradecemos sinceramente su interés y le deseamos mucha suerte.

Atentamente,

Carmen Soler
Unidad de Selección
Hospital Malvarrosa
Av. de la Malvarrosa 120, 46011 Valencia
Tel. 963 555 210"""

_ALBUFERA_REJ = reply(
    """Hola Séverin,

Ya tengo respuesta de Seguros Albufera. Te agradecen mucho la entrevista del martes, pero se han decantado por un candidato que ya trabajaba con ellos como becario en el departamento de sistemas.

No es por nada que hicieras mal, al contrario: la responsable me dijo que le gustó tu calma con los casos prácticos. Sigo moviendo tu perfil y te llamo en cuanto tenga algo nuevo.

Un abrazo,
Pablo Navarro
Consultor de selección | Recursos Levante ETT
C/ Colón 32, 46004 Valencia | 960 555 318""",
    "es",
    "jue, 16 abr 2026 a las 10:24",
    "Pablo Navarro",
    "pablo.navarro@recursoslevante.example.es",
    RLEV_INV,
)

_ALAMEDA_APPL = """Estimados señores:

Les escribo para presentar mi candidatura al puesto de técnico de aulas informáticas publicado en su web. Quedo a su disposición para una entrevista presencial o por videollamada.

Atentamente,
Séverin Mbala-Hofstetter"""

_ALAMEDA_REJ = """Buenos días,

la plaza ya está cubierta.

Un saludo.

Jorge Ibáñez
Servicio de Informática
Universidad Alameda

""" + outlook_block(
    "es",
    "Séverin Mbala-Hofstetter <severin.mh@example.ch>",
    "martes, 29 de septiembre de 2026 20:41",
    "Jorge Ibáñez <jibanez@ualameda.example.es>",
    "Solicitud puesto técnico aulas informáticas",
    _ALAMEDA_APPL,
)


MESSAGES = [
    {
        "key": "iup_rej",
        "kind": "rejection", "scenario": "workday_formal_no", "lang": "fr",
        "company": "Institut universitaire Pérolles", "contact": "",
        "from": ("Institut universitaire Pérolles", "iup@myworkday.com"),
        "subject": "Votre candidature – Technicien·ne support informatique (R-04417)",
        "date": "2026-03-30 07:02 +0200",
        "html": ats_card(
            "Institut universitaire Pérolles", "#7a1f2b", paras(_IUP_TEXT),
            "Ce message a été généré automatiquement par Workday. Merci de ne pas y répondre."),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notification")],
    },
    {
        "key": "littoral_rej",
        "kind": "rejection", "scenario": "soft_closer_match_outlook", "lang": "fr",
        "company": "Mutuelle du Littoral", "contact": "laetitia.vuilleumier@mutuelle-littoral.example.ch",
        "from": ("Vuilleumier Laetitia", "laetitia.vuilleumier@mutuelle-littoral.example.ch"),
        "subject": "RE: Entretien téléphonique manqué – Support utilisateurs",
        "date": "2026-04-02 16:48 +0200",
        "in_reply_to": "littoral_missed", "references": ["littoral_inv", "littoral_missed"],
        "text": _LITTORAL_REJ + "\n\n" + outlook_block(
            "fr", "Vuilleumier Laetitia", "jeudi, 19 mars 2026 10:22",
            "Séverin Mbala-Hofstetter <severin.mh@example.ch>",
            "Entretien téléphonique manqué – Support utilisateurs", LITTORAL_MISSED),
        "html": outlook_html(_LITTORAL_REJ, "fr"),
        "cte": "quoted-printable",
    },
    {
        "key": "ccsn_rej",
        "kind": "rejection", "scenario": "canton_post_frozen", "lang": "fr",
        "company": "Centre cantonal des services numériques",
        "contact": "valerie.jeanneret@ccsn-ne.example.ch",
        "from": ("Jeanneret Valérie (CCSN)", "valerie.jeanneret@ccsn-ne.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Re: Déplacement de la journée d'évaluation – Technicien·ne support N1",
        "date": "2026-08-27 10:31 +0200",
        "in_reply_to": "ccsn_move", "references": ["ccsn_inv", "ccsn_move"],
        "text": reply(_CCSN_REJ, "fr", "jeu. 30 juil. 2026 à 11:05", "Valérie Jeanneret",
                      "valerie.jeanneret@ccsn-ne.example.ch", CCSN_MOVE),
        "cte": "8bit",
    },
    {
        "key": "gruyere_rej",
        "kind": "rejection", "scenario": "terse_shop_owner", "lang": "fr",
        "company": "Gruyère Micro Services", "contact": "yannick@gruyere-micro.example.ch",
        "from": ("Yannick Pasquier", "yannick@gruyere-micro.example.ch"),
        "subject": "Re: Poste technicien atelier / support",
        "date": "2026-03-03 19:22 +0100",
        "in_reply_to": "gruyere_inv",
        "text": _GRUYERE_REJ,
        "cte": "8bit",
    },
    {
        "key": "sauges_rej",
        "kind": "rejection", "scenario": "agency_forwards_client_no", "lang": "fr",
        "company": "Clinique des Sauges", "contact": "joelle.bersier@alpes-emploi.example.ch",
        "from": ("Joëlle Bersier", "joelle.bersier@alpes-emploi.example.ch"),
        "from_enc": ("windows-1252", "Q"),
        "subject": "TR: Retour Clinique des Sauges – poste support informatique",
        "subject_enc": ("windows-1252", "Q"),
        "date": "2026-02-12 09:40 +0100",
        "in_reply_to": "own_alpes_confirm", "references": ["sauges_inv", "own_alpes_confirm"],
        "text": _SAUGES_FWD,
        "html": outlook_html(_SAUGES_FWD, "fr"),
        "charset": "windows-1252",
        "cte": "quoted-printable",
    },
    {
        "key": "rhone_rej",
        "kind": "rejection", "scenario": "after_interview_quotes_thanks", "lang": "fr",
        "company": "Rhône IT Services", "contact": "karim.benali@rhone-it.example.ch",
        "from": ("Karim Benali", "karim.benali@rhone-it.example.ch"),
        "subject": "Re: Merci pour l'entretien de mardi",
        "date": "2026-06-24 11:15 +0200",
        "in_reply_to": "own_rhone_thanks",
        "references": ["rhone_inv", "rhone_missed", "rhone_move", "own_rhone_thanks"],
        "text": _RHONE_REJ,
        "cte": "8bit",
    },
    {
        "key": "champel_rej",
        "kind": "rejection", "scenario": "filled_internally_latin1", "lang": "fr",
        "company": "Clinique Champel-Vert", "contact": "s.favre@champel-vert.example.ch",
        "from": ("Sandrine Favre", "s.favre@champel-vert.example.ch"),
        "subject": "Poste de technicien(ne) informatique à la Clinique",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-07-09 14:02 +0200",
        "text": _CHAMPEL_REJ,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "frinet_rej",
        "kind": "rejection", "scenario": "casual_team_lead", "lang": "fr",
        "company": "Fri-Net Solutions", "contact": "loic.dafflon@fri-net.example.ch",
        "from": ("Loïc Dafflon", "loic.dafflon@fri-net.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "ton dossier chez nous",
        "date": "2026-05-15 21:47 +0200",
        "text": _FRINET_REJ,
        "cte": "base64",
    },
    {
        "key": "broye_rej",
        "kind": "rejection", "scenario": "smartrecruiters_no", "lang": "fr",
        "company": "Assurance Mutuelle Broye", "contact": "",
        "from": ("Assurance Mutuelle Broye", "no-reply@smartrecruiters.com"),
        "subject": "Votre candidature auprès de l'Assurance Mutuelle Broye",
        "date": "2026-03-20 06:15 +0000",
        "in_reply_to": "broye_ack",
        "text": _BROYE_REJ,
        "html": ats_card("Assurance Mutuelle Broye", "#00695c", paras(_BROYE_REJ),
                         "Powered by SmartRecruiters"),
        "cte": "quoted-printable",
    },
    {
        "key": "leman_rej",
        "kind": "rejection", "scenario": "teamtailor_no_new_slot", "lang": "fr",
        "company": "Léman Support Services", "contact": "aurelie.chappuis@leman-support.example.ch",
        "from": ("Léman Support Services", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Aurélie Chappuis", "aurelie.chappuis@leman-support.example.ch"),
        "subject": "Votre candidature chez Léman Support Services",
        "date": "2026-05-04 13:12 +0200",
        "in_reply_to": "leman_missed", "references": ["leman_inv", "leman_missed"],
        "text": _LEMAN_REJ,
        "html": ats_card("Léman Support Services", "#2d3e50", paras(_LEMAN_REJ),
                         "Envoyé via Teamtailor · Gérer mes données"),
        "cte": "base64",
    },
    {
        "key": "ducrest_rej",
        "kind": "rejection", "scenario": "headhunter_unnamed_client", "lang": "fr",
        "company": "Ducrest & Partenaires", "contact": "o.ducrest@ducrest-partenaires.example.ch",
        "from": ("Olivier Ducrest", "o.ducrest@ducrest-partenaires.example.ch"),
        "subject": "Mandat support IT – retour de mon client",
        "date": "2026-03-25 08:05 +0100",
        "in_reply_to": "ducrest_cold",
        "text": _DUCREST_REJ,
        "cte": "quoted-printable",
    },
    {
        "key": "hevn_rej",
        "kind": "rejection", "scenario": "after_trial_day_cp1252", "lang": "fr",
        "company": "Haute École Vaudoise du Numérique",
        "contact": "christophe.mermoud@hevn.example.ch",
        "from": ("Christophe Mermoud", "christophe.mermoud@hevn.example.ch"),
        "subject": "Journée d’essai du 19 mai – notre décision",
        "subject_enc": ("windows-1252", "B"),
        "date": "2026-05-29 15:40 +0200",
        "in_reply_to": "hevn_inv",
        "text": _HEVN_REJ,
        "charset": "windows-1252",
        "cte": "base64",
    },
    {
        "key": "oliviers_rej",
        "kind": "rejection", "scenario": "icims_closed_html", "lang": "fr",
        "company": "Fondation Les Oliviers", "contact": "",
        "from": ("Fondation Les Oliviers", "no-reply@icims.com"),
        "subject": "Fondation Les Oliviers : mise à jour de votre candidature",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-06-29 09:00 +0200",
        "html": ats_card("Fondation Les Oliviers", "#5b8c2a", paras(_OLIVIERS_REJ),
                         "Ce courriel est envoyé automatiquement par iCIMS."),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "tpm_rej",
        "kind": "rejection", "scenario": "successfactors_latin1", "lang": "fr",
        "company": "Transports Publics du Moléson", "contact": "",
        "from": ("Transports Publics du Moléson", "noreply@successfactors.eu"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Décision concernant votre candidature (TPM)",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-07-24 08:30 +0200",
        "text": _TPM_REJ,
        "html": ats_card("TPM - Transports Publics du Moléson", "#c0392b",
                         paras(_TPM_REJ), "SAP SuccessFactors Recruiting"),
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "vauseyon_rej",
        "kind": "rejection", "scenario": "no_opening_quotes_application", "lang": "fr",
        "company": "Horlogerie Vauseyon", "contact": "melanie.robert@vauseyon.example.ch",
        "from": ("Horlogerie Vauseyon", "no-reply@jobs.recruitee.com"),
        "reply_to": ("Mélanie Robert", "melanie.robert@vauseyon.example.ch"),
        "subject": "Re: Candidature spontanée – support IT",
        "date": "2026-04-16 11:20 +0200",
        "in_reply_to": "ext:appl-vauseyon",
        "text": _VAUSEYON_REJ,
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------------------- English
    {
        "key": "liffey_rej",
        "kind": "rejection", "scenario": "greenhouse_after_thanks", "lang": "en",
        "company": "Liffey Managed Services", "contact": "maeve.brennan@liffeyms.example.ie",
        "from": ("Maeve Brennan via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Maeve Brennan", "maeve.brennan@liffeyms.example.ie"),
        "subject": "Re: Thank you – Service Desk Analyst interview",
        "date": "2026-02-26 10:02 +0000",
        "in_reply_to": "own_liffey_thanks",
        "references": ["liffey_inv", "liffey_move", "own_liffey_thanks"],
        "text": _LIFFEY_REJ,
        "html": "<div dir=\"ltr\">" + paras(_LIFFEY_REJ.split("\n\nOn Thu")[0])
                + "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
                "padding-left:1ex\">" + paras(LIFFEY_THANKS) + "</blockquote></div>",
        "cte": "quoted-printable",
    },
    {
        "key": "dockside_rej",
        "kind": "rejection", "scenario": "lever_closer_match", "lang": "en",
        "company": "Dockside Digital", "contact": "",
        "from": ("Dockside Digital", "no-reply@hire.lever.co"),
        "subject": "Your application to Dockside Digital",
        "date": "2026-03-06 17:01 +0000",
        "text": _DOCKSIDE_REJ,
        "html": ats_card("Dockside Digital", "#1d2b64", paras(_DOCKSIDE_REJ),
                         "Sent via Lever", "en"),
        "cte": "quoted-printable",
    },
    {
        "key": "clontarf_rej",
        "kind": "rejection", "scenario": "role_on_hold_disclaimer", "lang": "en",
        "company": "Clontarf Clinic", "contact": "niamh.gallagher@clontarfclinic.example.ie",
        "from": ("Gallagher, Niamh", "niamh.gallagher@clontarfclinic.example.ie"),
        "subject": "IT Support Officer – update on the recruitment",
        "date": "2026-04-28 12:40 +0100",
        "in_reply_to": "clontarf_move", "references": ["clontarf_inv", "clontarf_move"],
        "text": _CLONTARF_REJ,
        "html": outlook_html(_CLONTARF_REJ, "en"),
        "cte": "quoted-printable",
    },
    {
        "key": "howth_rej",
        "kind": "rejection", "scenario": "terse_from_phone", "lang": "en",
        "company": "Howth Tech Repairs", "contact": "ronan@howthtech.example.ie",
        "from": ("Ronan Doyle", "ronan@howthtech.example.ie"),
        "subject": "Re: Technician vacancy",
        "date": "2026-05-07 18:55 +0100",
        "in_reply_to": "ext:appl-howth",
        "text": _HOWTH_REJ,
        "cte": "8bit",
    },
    {
        "key": "palais_rej",
        "kind": "rejection", "scenario": "agency_relays_client_no", "lang": "en",
        "company": "Palais Data Centre", "contact": "priya.raman@helveticstaffing.example.ch",
        "from": ("Priya Raman | Helvetic Staffing", "priya.raman@helveticstaffing.example.ch"),
        "subject": "Palais Data Centre – feedback",
        "date": "2026-03-18 16:20 +0100",
        "in_reply_to": "palais_inv",
        "text": _PALAIS_REJ,
        "cte": "quoted-printable",
    },
    {
        "key": "kilmainham_rej",
        "kind": "rejection", "scenario": "ashby_html_only", "lang": "en",
        "company": "Kilmainham Software", "contact": "",
        "from": ("Kilmainham Software", "no-reply@ashbyhq.com"),
        "subject": "Update on your Kilmainham Software application",
        "date": "2026-05-22 09:30 +0100",
        "html": ats_card("Kilmainham Software", "#4b2bd6", paras(_KILMAINHAM_REJ),
                         "Powered by Ashby", "en"),
        "cte": "base64",
    },
    {
        "key": "ringsend_rej",
        "kind": "rejection", "scenario": "workable_not_progressing", "lang": "en",
        "company": "Ringsend Family Practice Group", "contact": "",
        "from": ("Ringsend Family Practice Group", "noreply@workablemail.com"),
        "subject": "Ringsend Family Practice Group – IT & Systems Administrator",
        "date": "2026-07-15 08:02 +0100",
        "text": _RINGSEND_REJ,
        "html": ats_card("Ringsend Family Practice Group", "#0f6e8c", paras(_RINGSEND_REJ),
                         "This email was sent by Workable on behalf of the employer.", "en"),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    },
    {
        "key": "smithfield_rej",
        "kind": "rejection", "scenario": "casual_former_contact", "lang": "en",
        "company": "Smithfield Systems", "contact": "dec@smithfieldsystems.example.ie",
        "from": ("Dec Fitzpatrick", "dec@smithfieldsystems.example.ie"),
        "subject": "re the helpdesk thing",
        "date": "2026-09-18 22:10 +0100",
        "text": _SMITHFIELD_REJ,
        "html": "auto",
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------------------- German
    {
        "key": "aare_rej",
        "kind": "rejection", "scenario": "hospital_after_second_chance", "lang": "de",
        "company": "Aare Spital", "contact": "simone.zuercher@aarespital.example.ch",
        "from": ("Simone Zürcher", "simone.zuercher@aarespital.example.ch"),
        "subject": "Ihre Bewerbung als ICT-Supporter/in 1st Level",
        "date": "2026-05-06 15:20 +0200",
        "in_reply_to": "aare_inv2",
        "references": ["aare_inv", "aare_missed", "own_aare_sorry", "aare_inv2"],
        "text": reply(_AARE_REJ, "de", "22.04.2026 um 08:30", "Simone Zürcher",
                      "simone.zuercher@aarespital.example.ch", AARE_INV2),
        "cte": "quoted-printable",
    },
    {
        "key": "baerengraben_rej",
        "kind": "rejection", "scenario": "personio_after_trial", "lang": "de",
        "company": "Bärengraben Informatik", "contact": "",
        "from": ("Bärengraben Informatik AG", "noreply@personio.de"),
        "from_enc": ("utf-8", "B"),
        "subject": "Ihre Bewerbung als Supporttechniker/in (80–100 %)",
        "date": "2026-06-19 10:00 +0200",
        "text": _BAERENGRABEN_REJ,
        "html": ats_card("Bärengraben Informatik AG", "#3b3b3b", paras(_BAERENGRABEN_REJ),
                         "Gesendet mit Personio", "de"),
        "cte": "base64",
    },
    {
        "key": "alpina_rej",
        "kind": "rejection", "scenario": "agency_relays_client_no", "lang": "de",
        "company": "Alpina Versicherungen", "contact": "reto.kaelin@talentbruecke.example.ch",
        "from": ("Reto Kälin", "reto.kaelin@talentbruecke.example.ch"),
        "subject": "Rückmeldung Alpina Versicherungen",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-08-06 11:45 +0200",
        "text": _ALPINA_REJ,
        "cte": "8bit",
    },
    {
        "key": "stalban_rej",
        "kind": "rejection", "scenario": "after_interview_quotes_thanks", "lang": "de",
        "company": "Spital St. Alban", "contact": "andrea.wyss@spital-stalban.example.ch",
        "from": ("Wyss Andrea", "andrea.wyss@spital-stalban.example.ch"),
        "subject": "AW: Dank für das Vorstellungsgespräch",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-09-24 08:44 +0200",
        "in_reply_to": "ext:stalban-thanks",
        "text": _STALBAN_REJ,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------------------- Spanish
    {
        "key": "levante_rej",
        "kind": "rejection", "scenario": "bamboohr_not_continuing", "lang": "es",
        "company": "Levante Sistemas", "contact": "",
        "from": ("Levante Sistemas", "no-reply@bamboohr.com"),
        "subject": "Actualización sobre tu candidatura – Técnico/a de soporte",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-09-08 09:15 +0200",
        "text": _LEVANTE_REJ,
        "html": ats_card("Levante Sistemas", "#e67e22", paras(_LEVANTE_REJ),
                         "Enviado a través de BambooHR", "es"),
        "cte": "quoted-printable",
    },
    {
        "key": "malvarrosa_rej",
        "kind": "rejection", "scenario": "vacancy_cancelled", "lang": "es",
        "company": "Hospital Malvarrosa", "contact": "carmen.soler@hospitalmalvarrosa.example.es",
        "from": ("Carmen Soler", "carmen.soler@hospitalmalvarrosa.example.es"),
        "subject": "Plaza de técnico/a de soporte informático – anulación de la convocatoria",
        "date": "2026-07-07 13:05 +0200",
        "in_reply_to": "malvarrosa_inv",
        "text": _MALVARROSA_REJ,
        "cte": "quoted-printable",
    },
    {
        "key": "albufera_rej",
        "kind": "rejection", "scenario": "agency_relays_client_no", "lang": "es",
        "company": "Seguros Albufera", "contact": "pablo.navarro@recursoslevante.example.es",
        "from": ("Pablo Navarro", "pablo.navarro@recursoslevante.example.es"),
        "subject": "Re: Entrevista en Seguros Albufera",
        "date": "2026-04-23 17:30 +0200",
        "in_reply_to": "rlev_inv",
        "text": _ALBUFERA_REJ,
        "cte": "8bit",
    },
    {
        "key": "alameda_rej",
        "kind": "rejection", "scenario": "terse_position_filled", "lang": "es",
        "company": "Universidad Alameda", "contact": "jibanez@ualameda.example.es",
        "from": ("Jorge Ibáñez", "jibanez@ualameda.example.es"),
        "from_enc": ("iso-8859-1", "B"),
        "subject": "RE: Solicitud puesto técnico aulas informáticas",
        "date": "2026-10-02 12:01 +0200",
        "in_reply_to": "ext:appl-alameda",
        "text": _ALAMEDA_REJ,
        "html": outlook_html(_ALAMEDA_REJ, "es"),
        "charset": "windows-1252",
        "cte": "quoted-printable",
    },
]
