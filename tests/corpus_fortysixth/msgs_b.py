"""Interview invitations, reschedules/cancellations and missed-interview notices
(data for make_fortysixth.py)."""

from msgkit import M

INV = "interview_invitation"
C = "interview_reschedule_or_cancel"
X = "missed_interview_notice"

MSGS = [
    # ---- invitations, French (13)
    M(INV, "entretien_tel_rh", "fr",
      ("Claire Fontaine", "claire.fontaine@vitalis-distribution.example.fr"),
      "Votre candidature – Responsable Approvisionnement",
      """Bonjour Amadou,

Votre candidature pour le poste de Responsable Approvisionnement a retenu toute notre attention et je souhaiterais échanger avec vous lors d'un premier entretien téléphonique d'une trentaine de minutes.

Seriez-vous disponible jeudi 22 janvier à 11h ou vendredi 23 janvier à 14h30 ?

Dans l'attente de votre retour,

Claire Fontaine
Chargée de recrutement
Vitalis Distribution
01 45 67 89 10
""", company="Vitalis Distribution", contact="claire.fontaine@vitalis-distribution.example.fr",
      date="2026-01-19T08:42:00"),

    M(INV, "calendly_visio_tu", "fr",
      ("Thomas de Kerros", "thomas@kraftbox.example.io"),
      "Quick call ?",
      """Hello Amadou,

J'ai vu ta candidature pour le poste d'Ops & Procurement Lead, ton parcours chez un transitaire m'intéresse beaucoup.

Tu aurais 20 min cette semaine pour un premier échange en visio ? Tu peux prendre un créneau directement ici : https://calendly.example.com/thomas-kraftbox/20min

A très vite,
Thomas
CEO @ Kraftbox
""", company="Kraftbox", contact="thomas@kraftbox.example.io", cte="8bit", date="2026-02-16T22:10:00"),

    M(INV, "n_plus_1_ics", "fr",
      ("Sophie Garnier", "sophie.garnier@aerolys.example.com"),
      "Invitation : Entretien N+1 – Acheteur Projet – Amadou Diallo-Lefèvre",
      """Bonjour Amadou,

Suite à votre échange avec notre équipe RH, je vous propose de rencontrer Laurent Petit, Responsable Achats Composites, qui serait votre N+1.

L'entretien aura lieu le mardi 10 février à 10h00 dans nos locaux de Blagnac (bâtiment B, accueil principal). Merci de vous munir d'une pièce d'identité pour l'accès au site.

Vous trouverez l'invitation ci-jointe.

Bien cordialement,

Sophie Garnier
Talent Acquisition Partner
Aérolys – 12 rue Marcel Doret – 31700 Blagnac
""", company="Aérolys", contact="sophie.garnier@aerolys.example.com",
      ics={"start": "2026-02-10T09:00:00", "minutes": 60, "summary": "Entretien Amadou Diallo-Lefèvre / L. Petit",
           "location": "Aérolys Blagnac - Bâtiment B"}, fmt="alt", date="2026-02-02T15:20:00"),

    M(INV, "cabinet_entretien_client", "fr",
      ("Benoît Ravel", "b.ravel@talentis-conseil.example.com"),
      "Bonne nouvelle !",
      """Bonjour Amadou,

Bonne nouvelle : mon client (ETI agroalimentaire en Bretagne, vous vous souvenez) souhaite vous rencontrer !!

L'entretien se ferait avec la DRH et le Directeur Industriel, sur site à Quimper, idéalement la semaine du 16 mars. Ils prennent en charge le déplacement.

Pouvez-vous m'envoyer 2-3 créneaux ? Je cale tout avec eux.

Bien à vous,
Benoît Ravel
Talentis Conseil – Recrutement Cadres & Dirigeants
06 71 22 84 19
""", company="Talentis Conseil", contact="b.ravel@talentis-conseil.example.com", date="2026-03-05T12:10:00"),

    M(INV, "etude_de_cas_prochaine_etape", "fr",
      ("Recrutement Groupe Opaline", "recrutement@groupe-opaline.example.fr"),
      "Prochaine étape : étude de cas",
      """Bonjour Monsieur Diallo-Lefèvre,

Nous avons le plaisir de vous informer que votre candidature au poste de Chef de projet S&OP a été retenue pour la prochaine étape du processus.

Celle-ci consiste en une étude de cas à préparer (sujet envoyé 48h à l'avance), puis à présenter lors d'un entretien de 1h30 avec le jury composé de la Directrice Supply Chain et du Contrôleur de gestion.

Merci de nous indiquer vos disponibilités entre le 13 et le 17 avril.

Cordialement,
Service Recrutement
Groupe Opaline
""", company="Groupe Opaline", contact="recrutement@groupe-opaline.example.fr",
      fmt="alt", charset="iso-8859-1", cte="qp"),

    M(INV, "welcometothejungle_planif", "fr",
      ("Maëlle de Filament", "maelle@filament-energie.example.fr"),
      "Filament x Amadou — on se parle ?",
      """Hello Amadou 👋

Merci pour ta candidature au poste de Responsable Achats Durables via Welcome to the Jungle !

On aimerait beaucoup en savoir plus sur toi. Première étape : un call de 30 min avec moi (Talent Acquisition). Réserve le créneau qui t'arrange ici 👉 https://app.goodtime.example.io/s/filament/maelle

Si aucun ne te convient, réponds simplement à ce mail.

Belle journée,
Maëlle
Filament
""", company="Filament", contact="maelle@filament-energie.example.fr", fmt="html", cte="b64",
      links=["Choisir un créneau"], date="2026-03-05T10:00:00"),

    M(INV, "belgique_jury_selection", "fr",
      ("SPW Recrutement", "selection@spw.example.be"),
      "Convocation – épreuve orale – Attaché logistique (A5)",
      """Monsieur,

Suite à votre réussite à l'épreuve écrite, nous avons l'honneur de vous convoquer à l'épreuve orale de sélection pour la fonction d'Attaché logistique.

Date : mercredi 6 mai 2026
Heure : 13h45 (merci de vous présenter 15 minutes à l'avance)
Lieu : Place Joséphine-Charlotte 2, 5100 Namur – salle 0.14

L'entretien d'une durée de 45 minutes se déroulera devant un jury de trois membres.

Veuillez confirmer votre présence en répondant à ce courriel.

Le Service Sélection
Service public de Wallonie
""", company="Service public de Wallonie", contact="selection@spw.example.be", charset="windows-1252", cte="qp"),

    M(INV, "senegal_entretien_direct", "fr",
      ("Moussa Sow", "moussa.sow@dakar-terminal.example.sn"),
      "Entretien poste Responsable Achats",
      """Bonjour M. Diallo-Lefèvre,

Nous avons bien étudié votre CV. Le Directeur Général souhaiterait s'entretenir avec vous par visio (Teams) le lundi 18 mai à 10h heure de Dakar.

Merci de confirmer.

Cordialement
Moussa Sow
DRH – Dakar Terminal Services
+221 77 555 43 21
""", company="Dakar Terminal Services", contact="moussa.sow@dakar-terminal.example.sn", date="2026-05-11T09:00:00"),

    M(INV, "smartrecruiters_self_schedule", "fr",
      ("Equipe Talent Boulangeries Fournil&Co", "noreply@smartrecruiters.example.com"),
      "Planifiez votre entretien – Responsable Logistique Régional",
      """Bonjour Amadou,

Bonne nouvelle ! Nous souhaitons poursuivre le processus avec vous pour le poste de Responsable Logistique Régional (Lille).

Merci de choisir un créneau pour votre entretien vidéo avec notre Directrice des Opérations via le lien ci-dessous. Ce lien expire dans 5 jours.

Réserver mon entretien

L'équipe Talent
Fournil&Co
""", company="Fournil&Co", fmt="html", cte="qp", links=["Réserver mon entretien", "Politique de confidentialité"],
      reply_to=("Audrey Lemaire", "audrey.lemaire@fournil-co.example.fr"),
      contact="audrey.lemaire@fournil-co.example.fr", date="2026-05-28T06:00:00"),

    M(INV, "visite_site_entrepot", "fr",
      ("Karim Haddad", "karim.haddad@entrepots-rhodaniens.example.fr"),
      "RE: Candidature coordinateur",
      """Bonjour Amadou,

Merci pour votre retour rapide. Comme évoqué au téléphone, je vous propose de venir visiter l'entrepôt de Saint-Priest et rencontrer les chefs d'équipe, ce serait le deuxième entretien.

Vendredi 29 mai à 9h ça vous irait ? Prévoyez des chaussures de sécurité, on vous prête le gilet.

Karim Haddad
Responsable de site
Entrepôts Rhodaniens
""", company="Entrepôts Rhodaniens", contact="karim.haddad@entrepots-rhodaniens.example.fr",
      quote=("outlook", "mardi 19 mai 2026 17:40", "Amadou Diallo-Lefèvre <amadou.diallo@example.fr>",
             "Bonjour Monsieur Haddad,\n\nMerci pour notre échange téléphonique de ce jour. Je vous confirme mon intérêt pour le poste.\n\nCordialement,\nAmadou Diallo-Lefèvre"), date="2026-05-20T08:15:00"),

    M(INV, "cote_ivoire_panel_ics", "fr",
      ("Awa Kouassi", "awa.kouassi@cacao-lagune.example.ci"),
      "Entretien panel - Supply Chain Manager",
      """Bonjour Amadou,

Je vous confirme votre entretien avec le panel (Directeur Industriel, Responsable Qualité et moi-même) le jeudi 11 juin à 15h GMT sur Google Meet. Une invitation calendrier vous a été envoyée.

Durée prévue : 1 heure. Un court exercice sur un plan de production vous sera proposé pendant l'entretien.

Bien cordialement,
Awa Kouassi
Responsable Recrutement
Cacao Lagune
Abidjan – Plateau
""", company="Cacao Lagune", contact="awa.kouassi@cacao-lagune.example.ci",
      ics={"start": "2026-06-11T15:00:00", "minutes": 60, "summary": "Entretien panel – A. Diallo-Lefèvre",
           "location": "Google Meet"}, date="2026-06-01T09:00:00"),

    M(INV, "lausanne_second_tour", "fr",
      ("Valérie Chappuis", "valerie.chappuis@helvetrans.example.ch"),
      "Deuxième entretien",
      """Cher Monsieur,

Nous vous remercions pour le premier entretien. Nous serions heureux de vous recevoir pour un second entretien à nos bureaux de Lausanne, en présence de M. Favre, Directeur des opérations.

Nous vous proposons le mardi 23 juin à 14h00 ou le mercredi 24 juin à 9h00.

Avec nos meilleures salutations,

Valérie Chappuis
Ressources Humaines
Helvetrans
Av. de Rhodanie 58, 1007 Lausanne
""", company="Helvetrans", contact="valerie.chappuis@helvetrans.example.ch", fmt="alt", cte="qp", date="2026-06-12T09:00:00"),

    M(INV, "assessment_center_invitation", "fr",
      ("Talent Acquisition – Manuvia", "talents@manuvia.example.com"),
      "Invitation assessment center 07/07",
      """Bonjour,

Félicitations ! Suite à votre entretien avec nos équipes, nous avons le plaisir de vous convier à notre assessment center pour le programme Operations Leaders, le mardi 7 juillet de 9h à 16h, à notre siège de La Défense.

Au programme : mise en situation de groupe, entretien individuel avec deux managers, et test de raisonnement.

Merci de confirmer votre participation via votre espace candidat.

Talent Acquisition
Manuvia
""", company="Manuvia", contact="talents@manuvia.example.com", fmt="html", cte="qp"),

    # ---- invitations, English (8)
    M(INV, "goodtime_onsite_en", "en",
      ("Shipleaf Recruiting", "scheduling@goodtime.example.io"),
      "Shipleaf: Please select your interview times",
      """Hi Amadou,

Great news! The team would like to invite you to the next stage of the process for the Procurement Manager, EMEA role: a virtual onsite with 4 interviewers (4 x 45 minutes).

Please use the link below to share your availability over the next two weeks:
https://app.goodtime.example.io/availability/8f3e21

If you have any questions, reply to this email and Jess will get back to you.

Thanks,
Shipleaf Recruiting
""", company="Shipleaf", reply_to=("Jess Amari", "jess.amari@shipleaf.example.com"),
      contact="jess.amari@shipleaf.example.com", fmt="alt", date="2026-05-11T15:00:00"),

    M(INV, "moroccan_owned_en_phone", "en",
      ("Youssef El Amrani", "y.elamrani@maghreb-ports.example.ma"),
      "Phone interview - Port Operations Planner",
      """Dear Amadou,

Thank you for your application. We would like to invite you for a phone interview of about 30 minutes with our Operations Director for the Port Operations Planner role in Tanger Med.

Would Wednesday 4 March at 11:00 (Casablanca time) work for you? Please also confirm the best number to reach you.

Best regards,
Youssef El Amrani
HR Manager
Maghreb Ports Logistics
""", company="Maghreb Ports Logistics", contact="y.elamrani@maghreb-ports.example.ma", charset="windows-1252", cte="8bit", date="2026-02-24T11:30:00"),

    M(INV, "terse_hiring_manager_en", "en",
      ("Marcus Lind", "marcus@ferrolite.example.com"),
      "Quick question",
      """Amadou - saw your profile come through for the planning role. Free for a quick chat tomorrow or Thursday? 20 mins.

M.

--
Marcus Lind | Head of Ops | Ferrolite
Sent from Outlook for iOS
""", company="Ferrolite", contact="marcus@ferrolite.example.com"),

    M(INV, "agency_excited_en", "en",
      ("Chloe Barnes", "chloe.barnes@brightpath-recruit.example.co.uk"),
      "GREAT NEWS - interview!!",
      """Hi Amadou!!

Hope you're well! So pleased to let you know that my client (a fantastic sustainable packaging business in Leeds, fully remote option!!) would love to interview you for the Sourcing Manager role!

First stage is a 45 min Teams call with the Head of Procurement. They've offered Tuesday 14th April at 10am or 2pm UK time - which suits best??

Speak soon!!
Chloe

Chloe Barnes | Senior Consultant | BrightPath Recruitment
07700 900 123
""", company="BrightPath Recruitment", contact="chloe.barnes@brightpath-recruit.example.co.uk", fmt="alt", cte="qp"),

    M(INV, "greenhouse_ics_technical", "en",
      ("Tessa Grant (Fleetwise)", "tessa.grant@fleetwise.example.com"),
      "Interview confirmation: Fleetwise - Supply Chain Analyst",
      """Hi Amadou,

Your interview has been confirmed. Details below:

Date: Thursday, April 30, 2026
Time: 3:00 PM - 4:00 PM CEST
Interviewers: Raj Patel (Analytics Lead), Tessa Grant
Format: Google Meet (link in the calendar invite)

The session will include a 30-minute data exercise in Google Sheets - no prep needed.

Good luck!
Tessa
""", company="Fleetwise", contact="tessa.grant@fleetwise.example.com",
      ics={"start": "2026-04-30T13:00:00", "minutes": 60, "summary": "Fleetwise interview: Amadou Diallo-Lefèvre",
           "location": "Google Meet"}, fmt="alt", headers={"X-Greenhouse-Source": "scheduler"}, date="2026-04-24T14:12:00"),

    M(INV, "indian_do_revert", "en",
      ("Ankit Sharma", "ankit.sharma@tridentsourcing.example.in"),
      "Interview Schedule || Procurement Consultant || Remote",
      """Dear Amadou,

Greetings of the day!

Your profile has been shortlisted for the Procurement Consultant (Remote, EU clients) position. We would like to schedule a technical round with our practice head on 21st May, 2026 at 3:30 PM IST (12:00 PM CEST).

Kindly do revert with your confirmation at the earliest along with your updated CV and current CTC.

Thanks & Regards,
Ankit Sharma
Talent Acquisition Specialist
Trident Sourcing Solutions
+91 98 5550 4421
""", company="Trident Sourcing Solutions", contact="ankit.sharma@tridentsourcing.example.in", fmt="html", cte="8bit"),

    M(INV, "brazil_owned_next_round", "en",
      ("Camila Duarte", "camila.duarte@aurora-cosmeticos.example.com"),
      "Next round - Aurora Cosméticos",
      """Hi Amadou,

Thanks for a great first conversation! We'd love to move you to the next stage: a 1h interview with Beatriz (VP Operations Europe) and Pedro (Procurement Director) in our Paris office.

Could you share your availability for the week of June 8?

Abraços,
Camila Duarte
Talent Acquisition Europe
Aurora Cosméticos
""", company="Aurora Cosméticos", contact="camila.duarte@aurora-cosmeticos.example.com", fmt="alt", cte="b64", date="2026-05-27T13:00:00"),

    M(INV, "workday_panel_en", "en",
      ("Halden Air Cargo", "haldenair@myworkday.com"),
      "Interview Invitation - Cargo Operations Manager (JR-20931)",
      """Dear Amadou,

We are pleased to invite you to a panel interview for the position of Cargo Operations Manager (JR-20931).

Date: 16 September 2026
Time: 13:00 - 14:30 CET
Location: Halden Air Cargo, Building 3, Liège Airport

Please confirm your attendance by replying to your recruiter, Ms. Anneke de Wit (anneke.dewit@haldenair.example.com).

Kind regards,
Talent Acquisition
Halden Air Cargo
""", company="Halden Air Cargo", contact="anneke.dewit@haldenair.example.com", fmt="html", cte="qp", date="2026-09-01T08:00:00"),

    # ---- invitations, Spanish (3) and German (2)
    M(INV, "es_entrevista_telefonica", "es",
      ("Marta Gil", "marta.gil@logisur.example.es"),
      "Entrevista telefónica - Técnico de Compras",
      """Hola Amadou,

¿Qué tal? Te escribo de LogiSur. Hemos revisado tu candidatura para el puesto de Técnico de Compras y nos gustaría tener una primera entrevista telefónica contigo.

¿Te vendría bien el miércoles 25 a las 10:00? Si no, dime qué horario te encaja mejor.

Un saludo,
Marta Gil
Dpto. de Selección
LogiSur
""", company="LogiSur", contact="marta.gil@logisur.example.es", charset="iso-8859-1", cte="qp", date="2026-03-19T11:00:00"),

    M(INV, "es_segunda_entrevista_formal", "es",
      ("Javier Ortega", "jortega@navieracantabrica.example.es"),
      "Segunda entrevista – Coordinador de Operaciones Portuarias",
      """Estimado Sr. Diallo-Lefèvre:

Nos complace comunicarle que ha superado la primera fase del proceso de selección. Le convocamos a una segunda entrevista presencial con el Director de Operaciones en nuestras oficinas de Santander el próximo lunes 15 de junio a las 11:30 h.

Le rogamos confirme su asistencia.

Atentamente,
Javier Ortega
Recursos Humanos
Naviera Cantábrica
""", company="Naviera Cantábrica", contact="jortega@navieracantabrica.example.es", fmt="alt", cte="qp", date="2026-06-04T10:00:00"),

    M(INV, "es_teams_ics", "es",
      ("Paula Méndez", "paula.mendez@verdeplast.example.com"),
      "Invitación: Entrevista Responsable RSE",
      """Hola Amadou,

Te envío la invitación para la entrevista por Teams con nuestra Directora de Sostenibilidad el jueves 2 de julio a las 16:00 (hora de Madrid).

Cualquier duda, me dices.

Paula
VerdePlast
""", company="VerdePlast", contact="paula.mendez@verdeplast.example.com",
      ics={"start": "2026-07-02T14:00:00", "minutes": 45, "summary": "Entrevista Amadou Diallo-Lefèvre - RSE",
           "location": "Microsoft Teams"}, date="2026-06-25T11:00:00"),

    M(INV, "de_einladung_formal", "de",
      ("Katrin Neumann", "k.neumann@weser-logistik.example.de"),
      "Einladung zum Vorstellungsgespräch – Disponent Kontraktlogistik",
      """Sehr geehrter Herr Diallo-Lefèvre,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, den 17. März 2026, um 10:00 Uhr an unserem Standort in Bremen ein. Gesprächspartner sind Herr Brandt (Niederlassungsleiter) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katrin Neumann
Personalreferentin
Weser Logistik GmbH & Co. KG
Tel. +49 421 555 3810
""", company="Weser Logistik", contact="k.neumann@weser-logistik.example.de", charset="iso-8859-1", cte="qp", date="2026-03-03T08:30:00"),

    M(INV, "de_kurzer_call", "de",
      ("Jonas Becker", "jonas@tinyhub.example.de"),
      "Kurzer Call?",
      """Hey Amadou,

danke für deine Bewerbung als Operations Manager! Hättest du Lust auf einen kurzen Video-Call (30 Min) nächste Woche? Hier kannst du dir direkt einen Slot buchen: https://cal.example.com/jonas-tinyhub

Beste Grüße
Jonas
TinyHub
""", company="TinyHub", contact="jonas@tinyhub.example.de", cte="8bit", date="2026-08-10T09:00:00"),

    # ---- reschedule / cancel, French (8)
    M(C, "report_entretien_drh", "fr",
      ("Claire Fontaine", "claire.fontaine@vitalis-distribution.example.fr"),
      "RE: Votre candidature – Responsable Approvisionnement",
      """Bonjour Amadou,

Je suis vraiment désolée mais je dois décaler notre entretien de demain 11h, j'ai un comité de direction qui a été avancé. Pourrions-nous le reporter à lundi 26 à 10h ?

Merci de votre compréhension,
Claire
""", company="Vitalis Distribution", contact="claire.fontaine@vitalis-distribution.example.fr",
      date="2026-01-21T17:05:00",
      quote=("fr", "lun. 19 janv. 2026 à 10:12", "Amadou Diallo-Lefèvre <amadou.diallo@example.fr>",
             "Bonjour Claire,\n\nJeudi 22 janvier à 11h me convient parfaitement.\n\nBien cordialement,\nAmadou")),

    M(C, "annulation_ics_cancel", "fr",
      ("Sophie Garnier", "sophie.garnier@aerolys.example.com"),
      "Annulé : Entretien N+1 – Acheteur Projet – Amadou Diallo-Lefèvre",
      """Bonjour Amadou,

Laurent Petit est malheureusement retenu en déplacement chez un fournisseur mardi. Je suis contrainte d'annuler l'entretien prévu et reviens vers vous très vite avec de nouvelles dates.

Toutes nos excuses pour ce contretemps.

Sophie Garnier
Aérolys
""", company="Aérolys", contact="sophie.garnier@aerolys.example.com", date="2026-02-06T09:30:00",
      ics={"start": "2026-02-10T09:00:00", "minutes": 60, "summary": "Entretien Amadou Diallo-Lefèvre / L. Petit",
           "method": "CANCEL", "sequence": 1, "location": "Aérolys Blagnac - Bâtiment B"}, fmt="alt"),

    M(C, "decalage_heure_mobile", "fr",
      ("Karim Haddad", "karim.haddad@entrepots-rhodaniens.example.fr"),
      "visite vendredi",
      """Amadou, petit changement : on peut faire 10h30 au lieu de 9h vendredi ? J'ai un audit client qui déborde. Dites moi
Karim

Envoyé depuis mon mobile Orange
""", company="Entrepôts Rhodaniens", contact="karim.haddad@entrepots-rhodaniens.example.fr", cte="8bit"),

    M(C, "cabinet_client_decale", "fr",
      ("Benoît Ravel", "b.ravel@talentis-conseil.example.com"),
      "Changement de date – rencontre à Quimper",
      """Bonjour Amadou,

Le Directeur Industriel de mon client a un imprévu (audit IFS) et me demande de décaler votre rencontre du 17 au 24 mars, même horaire. Le billet de train sera modifié par leurs soins.

Est-ce que cela vous convient ? Désolé pour le changement.

Bien à vous,
Benoît Ravel
Talentis Conseil
06 71 22 84 19
""", company="Talentis Conseil", contact="b.ravel@talentis-conseil.example.com", fmt="alt", cte="qp", date="2026-03-13T09:44:00"),

    M(C, "ats_nouveau_creneau", "fr",
      ("Fournil&Co via SmartRecruiters", "noreply@smartrecruiters.example.com"),
      "Votre entretien a été modifié",
      """Bonjour Amadou,

Votre entretien vidéo pour le poste de Responsable Logistique Régional a été modifié par le recruteur.

Ancien créneau : jeudi 4 juin 2026, 14:00
Nouveau créneau : vendredi 5 juin 2026, 09:30

Si ce nouveau créneau ne vous convient pas, vous pouvez en choisir un autre via votre espace candidat.

L'équipe Talent Fournil&Co
""", company="Fournil&Co", fmt="html", cte="qp", links=["Modifier mon créneau"], date="2026-06-02T07:31:00"),

    M(C, "annulation_poste_avant_entretien", "fr",
      ("Lucie Perrin", "lucie.perrin@mairie-villeurbanne.example.fr"),
      "Annulation de l'entretien du 12 juin",
      """Monsieur,

Je suis au regret de devoir annuler l'entretien prévu le vendredi 12 juin à 14h pour le poste de responsable du magasin municipal, en raison d'un empêchement du jury.

Une nouvelle convocation vous sera adressée dans les prochains jours.

Cordialement,

Lucie Perrin
Gestionnaire recrutement – Direction des Ressources Humaines
Mairie de Villeurbanne
""", company="Mairie de Villeurbanne", contact="lucie.perrin@mairie-villeurbanne.example.fr",
      charset="iso-8859-1", cte="8bit"),

    M(C, "geneve_visio_au_lieu_presentiel", "fr",
      ("Valérie Chappuis", "valerie.chappuis@helvetrans.example.ch"),
      "TR: Deuxième entretien – changement de format",
      """Cher Monsieur,

M. Favre sera finalement à Zurich le 23 juin. Nous vous proposons de maintenir l'horaire (14h00) mais de tenir l'entretien en visioconférence plutôt que dans nos bureaux. Sinon, nous pouvons le déplacer au 30 juin en présentiel.

Merci de nous dire ce que vous préférez.

Avec nos meilleures salutations,
Valérie Chappuis
Helvetrans
""", company="Helvetrans", contact="valerie.chappuis@helvetrans.example.ch", fmt="alt", cte="b64", date="2026-06-19T08:00:00"),

    M(C, "tu_on_decale_jeudi", "fr",
      ("Maëlle", "maelle@filament-energie.example.fr"),
      "On décale ?",
      """Hello Amadou,

Désolée, j'ai un imprévu demain matin, est-ce qu'on peut décaler notre call à jeudi même heure ? Je t'ai renvoyé une invit.

Merci et désolée encore !
Maëlle – Filament
""", company="Filament", contact="maelle@filament-energie.example.fr",
      ics={"start": "2026-03-12T09:30:00", "minutes": 30, "summary": "Call Filament x Amadou", "sequence": 2,
           "location": "Google Meet"}, date="2026-03-10T19:12:00"),

    # ---- reschedule / cancel, English (4), Spanish (1), German (2)
    M(C, "en_need_to_move", "en",
      ("Tessa Grant", "tessa.grant@fleetwise.example.com"),
      "Re: Interview confirmation: Fleetwise - Supply Chain Analyst",
      """Hi Amadou,

Apologies for the short notice - Raj is out sick today, so we need to move this afternoon's interview. Could you do Monday May 4 at the same time instead? I'll send an updated invite once you confirm.

Thanks for your flexibility,
Tessa
""", company="Fleetwise", contact="tessa.grant@fleetwise.example.com",
      quote=("gmail", "Fri, Apr 24, 2026 at 4:12 PM", "Tessa Grant <tessa.grant@fleetwise.example.com>",
             "Hi Amadou,\n\nYour interview has been confirmed for Thursday, April 30, 2026, 3:00 PM CEST.\n\nGood luck!\nTessa"), date="2026-04-30T08:05:00"),

    M(C, "en_cancelled_recruiter", "en",
      ("Anneke de Wit", "anneke.dewit@haldenair.example.com"),
      "Cancellation – panel interview 16 September",
      """Dear Amadou,

I'm sorry to let you know that we have to cancel the panel interview on 16 September. Two of the panel members have been called to an urgent operational matter at the hub.

I will come back to you early next week with a new date. Please accept our apologies for the inconvenience.

Kind regards,
Anneke de Wit
Senior Recruiter | Halden Air Cargo
+32 4 555 21 09
""", company="Halden Air Cargo", contact="anneke.dewit@haldenair.example.com", fmt="alt", cte="qp", date="2026-09-14T16:40:00"),

    M(C, "en_uk_pushed_back", "en",
      ("Chloe Barnes", "chloe.barnes@brightpath-recruit.example.co.uk"),
      "Tuesday - small change!",
      """Hi Amadou,

Quick one - the Head of Procurement has asked if we can push Tuesday's call back an hour to 11am UK time. Hope that's OK?? Just let me know and I'll confirm with them!

Thanks so much
Chloe
""", company="BrightPath Recruitment", contact="chloe.barnes@brightpath-recruit.example.co.uk"),

    M(C, "en_korean_reschedule", "en",
      ("Min-ji Park", "minji.park@seorin-chem.example.com"),
      "[Seorin Chemical Europe] Change of Interview Schedule",
      """Dear Mr. Amadou Diallo-Lefevre,

We would like to inform you that your second interview, originally scheduled for 9 July 2026 at 10:00 (CET), has been changed to 10 July 2026 at 15:00 (CET) due to the schedule of the executive interviewer.

We apologize for the inconvenience and kindly ask you to confirm the new schedule.

Best regards,
Min-ji Park
HR Team, Seorin Chemical Europe
""", company="Seorin Chemical Europe", contact="minji.park@seorin-chem.example.com", fmt="html", cte="qp"),

    M(C, "es_aplazar_entrevista", "es",
      ("Javier Ortega", "jortega@navieracantabrica.example.es"),
      "Cambio de fecha entrevista",
      """Estimado Sr. Diallo-Lefèvre:

Por motivos de agenda del Director de Operaciones, nos vemos obligados a aplazar la entrevista prevista para el lunes 15 de junio. Le proponemos el miércoles 17 a la misma hora.

Disculpe las molestias.

Atentamente,
Javier Ortega
Naviera Cantábrica
""", company="Naviera Cantábrica", contact="jortega@navieracantabrica.example.es", charset="iso-8859-1", cte="qp", date="2026-06-11T12:00:00"),

    M(C, "de_terminverschiebung", "de",
      ("Katrin Neumann", "k.neumann@weser-logistik.example.de"),
      "AW: Einladung zum Vorstellungsgespräch – Disponent Kontraktlogistik",
      """Sehr geehrter Herr Diallo-Lefèvre,

leider muss ich unseren Termin am 17. März absagen, da Herr Brandt kurzfristig verhindert ist. Wäre Ihnen alternativ Donnerstag, der 19. März, um 14:00 Uhr möglich?

Ich bitte die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Katrin Neumann
Weser Logistik
""", company="Weser Logistik", contact="k.neumann@weser-logistik.example.de",
      quote=("de", "Mi., 4. März 2026 um 09:15", "Amadou Diallo-Lefèvre <amadou.diallo@example.fr>",
             "Sehr geehrte Frau Neumann,\n\nvielen Dank für die Einladung, den Termin bestätige ich gerne.\n\nMit freundlichen Grüßen\nAmadou Diallo-Lefèvre"), date="2026-03-12T13:22:00"),

    M(C, "de_abgesagt_kalender", "de",
      ("Jonas Becker", "jonas@tinyhub.example.de"),
      "Abgesagt: Kennenlernen TinyHub / Amadou",
      """Hi Amadou,

sorry, ich muss unseren Call morgen leider absagen, bei uns brennt gerade die Hütte. Ich melde mich Anfang nächster Woche mit einem neuen Termin!

VG Jonas
""", company="TinyHub", contact="jonas@tinyhub.example.de",
      ics={"start": "2026-08-20T08:00:00", "minutes": 30, "summary": "Kennenlernen TinyHub / Amadou",
           "method": "CANCEL", "sequence": 1, "location": "Google Meet"}, date="2026-08-19T17:30:00"),

    # ---- missed interview notices (10): fr 5, en 3, es 1, de 1
    M(X, "on_a_essaye_de_vous_appeler", "fr",
      ("Claire Fontaine", "claire.fontaine@vitalis-distribution.example.fr"),
      "Entretien téléphonique de ce matin",
      """Bonjour Amadou,

J'ai essayé de vous joindre à 10h comme convenu pour notre entretien téléphonique, mais je suis tombée sur votre messagerie (deux tentatives).

J'espère que tout va bien. N'hésitez pas à me recontacter pour que nous convenions d'un nouveau créneau.

Cordialement,
Claire Fontaine
Vitalis Distribution
01 45 67 89 10
""", company="Vitalis Distribution", contact="claire.fontaine@vitalis-distribution.example.fr",
      date="2026-01-26T10:24:00"),

    M(X, "pas_connecte_teams", "fr",
      ("Awa Kouassi", "awa.kouassi@cacao-lagune.example.ci"),
      "Entretien panel de 15h",
      """Bonjour Amadou,

Le panel vous a attendu sur Google Meet de 15h à 15h20 mais vous ne vous êtes pas connecté. Peut-être un souci technique ou un décalage horaire ?

Merci de me faire un retour rapidement afin que je voie s'il est possible de reprogrammer.

Awa Kouassi
Cacao Lagune
""", company="Cacao Lagune", contact="awa.kouassi@cacao-lagune.example.ci", date="2026-06-11T15:31:00"),

    M(X, "absent_convocation_mairie", "fr",
      ("Recrutement Métropole", "recrutement@nantesmetropole.example.fr"),
      "Absence à l'entretien du 2 septembre",
      """Monsieur,

Vous étiez convoqué le mercredi 2 septembre à 9h30 pour un entretien de recrutement au poste de chargé de mission logistique urbaine. Nous constatons votre absence et n'avons reçu aucune information de votre part.

Si cette absence est due à un empêchement, nous vous remercions de nous en informer sous 48 heures. À défaut, votre candidature sera considérée comme retirée.

Le service Recrutement
Nantes Métropole
""", company="Nantes Métropole", contact="recrutement@nantesmetropole.example.fr", charset="windows-1252", cte="qp"),

    M(X, "startup_tu_pas_vu", "fr",
      ("Thomas de Kerros", "thomas@kraftbox.example.io"),
      "t'es là ?",
      """Hey Amadou, je suis sur le lien Meet depuis 10 min, tu arrives ? Sinon on reprogramme, dis moi
Thomas

Envoyé de mon iPhone
""", company="Kraftbox", contact="thomas@kraftbox.example.io", date="2026-02-19T09:10:00"),

    M(X, "cabinet_client_attendu", "fr",
      ("Marion Lebrun", "mlebrun@hartmann-associes.example.com"),
      "Rendez-vous de ce matin",
      """Bonjour Amadou,

Mon client m'indique que vous ne vous êtes pas présenté au rendez-vous de 9h à Villeurbanne ce matin. Ils ont attendu une vingtaine de minutes.

Pouvez-vous m'appeler dès que possible pour que je comprenne ce qu'il s'est passé ? Je vais essayer de rattraper la situation.

Marion Lebrun
Hartmann & Associés
+33 4 78 92 10 55
""", company="Hartmann & Associés", contact="mlebrun@hartmann-associes.example.com", fmt="alt", cte="qp", date="2026-04-09T08:00:00"),

    M(X, "en_tried_calling", "en",
      ("Youssef El Amrani", "y.elamrani@maghreb-ports.example.ma"),
      "Our call today",
      """Dear Amadou,

Our Operations Director tried calling you at the scheduled time (11:00) but could not reach you. We also left a voicemail.

Please let me know if you are still interested in the position, and we will try to find another slot.

Best regards,
Youssef El Amrani
Maghreb Ports Logistics
""", company="Maghreb Ports Logistics", contact="y.elamrani@maghreb-ports.example.ma", date="2026-03-04T10:35:00"),

    M(X, "en_did_not_join_teams", "en",
      ("Ravi Menon", "ravi.menon@cobaltlane.example.com"),
      "Missed interview - Demand Planner",
      """Hi Amadou,

We noticed you did not join the Teams meeting scheduled for 2pm today for the Demand Planner interview. The panel waited 15 minutes.

If something came up, no worries - just reply and let us know whether you'd like to reschedule.

Regards,
Ravi Menon
Recruitment Lead, Cobalt Lane
""", company="Cobalt Lane", contact="ravi.menon@cobaltlane.example.com", fmt="html", cte="b64"),

    M(X, "en_ats_no_show", "en",
      ("Shipleaf Recruiting", "scheduling@goodtime.example.io"),
      "We missed you today",
      """Hi Amadou,

It looks like we missed you for your scheduled interview with Shipleaf today. We understand things come up!

If you'd like to reschedule, simply reply to this email and Jess will follow up with new times.

Thanks,
Shipleaf Recruiting
""", company="Shipleaf", reply_to=("Jess Amari", "jess.amari@shipleaf.example.com"),
      contact="jess.amari@shipleaf.example.com", fmt="alt", cte="qp", date="2026-05-26T14:30:00"),

    M(X, "es_no_se_presento", "es",
      ("Marta Gil", "marta.gil@logisur.example.es"),
      "Entrevista de hoy",
      """Hola Amadou,

Te he llamado a las 10:00 como quedamos para la entrevista telefónica pero no he podido contactar contigo. Te he dejado un mensaje en el buzón.

Si sigues interesado, dime cuándo podemos volver a intentarlo.

Un saludo,
Marta Gil
LogiSur
""", company="LogiSur", contact="marta.gil@logisur.example.es", date="2026-03-25T09:20:00"),

    M(X, "de_nicht_erschienen", "de",
      ("Lena Hoffmann", "lena@frachtwerk.example.de"),
      "Unser Termin heute",
      """Hallo Amadou,

wir waren heute um 11 Uhr im Video-Call verabredet, leider bist du nicht im Meeting erschienen. Ist etwas dazwischengekommen?

Melde dich gern, dann finden wir einen neuen Termin.

Viele Grüße
Lena Hoffmann
Frachtwerk
""", company="Frachtwerk", contact="lena@frachtwerk.example.de", charset="iso-8859-1", cte="8bit", date="2026-04-20T09:25:00"),
]
