"""Corpus 284, kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), all hand-written."""

from msgs284_common import CANDIDATE, ics, pdf, reply_quote

C_NAME, C_ADDR = CANDIDATE

EDG = ("Maïwenn Le Floc'h", "m.lefloch@eauxdugolfe.example.fr")
MARHALYS = ("Gaëlle Tanguy", "g.tanguy@marhalys.example.fr")
EMERAUDE = ("Nolwenn Jaffré", "nolwenn.jaffre@interim-emeraude.example.fr")
KORNOG = ("Yann-Vari Le Berre", "yv.leberre@kornog-talents.example.fr")
HYDRO = ("Solenn Guillou", "solenn.guillou@hydroarmor.example.fr")
CORNOUAILLE = ("Pascale Le Corre", "pascale.lecorre@cornouaille-littoral.example.fr")
CONCHYLIS = ("Bénédicte Allanic", "b.allanic@conchylis.example.fr")
ILB = ("Anne-Laure Quéré", "al.quere@ilb.example.fr")
LOUGH = ("Dervla Hennessy", "dervla.hennessy@loughmahon.example.ie")
HARBOUR = ("Tom Cronin", "tom.cronin@harbourline.example.ie")
SHANNON = ("Ciarán Walsh", "ciaran.walsh@shannonside.example.ie")
WVO = ("Hauke Thomsen", "hauke.thomsen@wv-ostufer.example.de")
NORDWIND = ("Meike Sörensen", "m.soerensen@nordwind-personal.example.de")
BAHIA = ("Nerea Gutiérrez Sainz", "nerea.gutierrez@aguasbahia.example.es")
ECOLIT = ("Marta Ceballos", "marta.ceballos@ecolitoral.example.es")

MESSAGES = [
    # ============================================================ invitations, fr
    dict(
        kind="interview_invitation", slug="eauxdugolfe_panel_invite", lang="fr",
        company="Eaux du Golfe", contact=EDG[1], frm=EDG, name_enc="q-utf-8",
        subject="Invitation : entretien – Technicien(ne) qualité des eaux (réf. EDG-2026-04)",
        date="2026-02-23 09:34", parts="alt", shell="outlook", cte="quoted-printable",
        parent="eauxdugolfe_ack",
        attach=[ics("REQUEST", "edg-2026-04-entretien-abara@eauxdugolfe.example.fr",
                    "2026-03-05 14:00", "2026-03-05 15:00",
                    "Entretien – Technicien(ne) qualité des eaux", EDG,
                    location="Eaux du Golfe, 8 rue Alain-Gerbault, Vannes – salle Conleau",
                    description="Entretien avec le jury : M. Daniélo (responsable réseau de "
                                "surveillance), Mme Le Floc'h (RH).")],
        body="""Bonjour Monsieur Abara-Le Goff,

Votre candidature au poste de technicien(ne) qualité des eaux a retenu toute notre attention, et nous souhaitons vous rencontrer.

Nous vous proposons un entretien le jeudi 5 mars 2026 de 14 h à 15 h, dans nos locaux du 8 rue Alain-Gerbault à Vannes (salle Conleau, 1er étage). Vous serez reçu par M. Yannick Daniélo, responsable du réseau de surveillance, et moi-même. Une invitation d'agenda est jointe à ce message.

Merci de me confirmer votre présence en acceptant l'invitation ou par retour de mail.

Bien cordialement,

Maïwenn Le Floc'h
Chargée de recrutement et de développement RH
Eaux du Golfe – Régie intercommunale
8 rue Alain-Gerbault, 56000 Vannes
02 97 46 30 12""",
    ),
    dict(
        kind="interview_invitation", slug="marhalys_phone_screen", lang="fr",
        company="Laboratoire Marhalys", contact=MARHALYS[1], frm=MARHALYS,
        subject="Re: Candidature technicien de laboratoire – Corentin Abara-Le Goff",
        date="2026-03-10 16:21", cte="quoted-printable",
        quote=dict(of="marhalys_ack", style="reply"),
        body="""Bonjour Corentin,

Après lecture de votre CV avec notre responsable technique, nous aimerions faire un premier point avec vous par téléphone, une vingtaine de minutes, pour parler de votre projet et du poste.

Seriez-vous disponible ce jeudi 12 mars à 10 h ? Je vous appellerais sur le 06 71 42 18 95 indiqué dans votre CV. Si le créneau ne vous convient pas, proposez-m'en un autre cette semaine.

Bien à vous,
Gaëlle Tanguy
Assistante RH – Laboratoire Marhalys""",
    ),
    dict(
        kind="interview_invitation", slug="emeraude_sedimar_interview", lang="fr",
        company="Sedimar Études", contact=EMERAUDE[1], frm=EMERAUDE, name_enc="q-utf-8",
        subject="Entretien chez Sedimar Études mardi 10 février",
        date="2026-02-04 11:08", parts="alt", cte="8bit",
        body="""Bonjour Corentin,

Bonne nouvelle : Sedimar Études a retenu votre profil pour la mission de technicien terrain (prélèvements de sédiments, 4 mois renouvelables) et souhaite vous rencontrer avant de valider.

L'entretien aura lieu le mardi 10 février à 9 h dans leurs bureaux : 21 rue de Kerguélen, 56100 Lorient (base sous-marine, bâtiment K3). Vous verrez Frédéric Le Doaré, chef de mission. Comptez 45 minutes environ.

Prenez votre carte d'identité et votre attestation de formation bateau, il voudra la voir.

Dites-moi vite si c'est bon pour vous.

Nolwenn Jaffré
Chargée de recrutement – Intérim Émeraude Lorient
02 97 35 18 60""",
    ),
    dict(
        kind="interview_invitation", slug="kornog_unnamed_client", lang="fr",
        company="Kornog Talents", contact=KORNOG[1], frm=KORNOG,
        subject="Re: Opportunité technicien hydromorphologie – Nantes",
        date="2026-04-15 18:40", parts="alt", cte="quoted-printable",
        quote=dict(of="kornog_cold_approach", style="reply"),
        body="""Bonjour Corentin,

Merci pour votre retour rapide et pour notre échange de lundi.

J'ai présenté votre candidature à mon client, et il souhaite vous rencontrer. Pour des raisons de confidentialité, je ne peux vous communiquer son nom qu'après ce premier rendez-vous : il s'agit d'un bureau d'études nantais d'une trentaine de personnes, spécialisé en restauration de cours d'eau.

L'entretien se tiendrait le mercredi 22 avril à 14 h, à notre cabinet (5 quai de Versailles, Nantes), en présence du directeur technique et de moi-même. Cela vous convient-il ?

Bien cordialement,

Yann-Vari Le Berre
Consultant associé – Kornog Talents
5 quai de Versailles, 44000 Nantes
06 33 84 12 07""",
    ),
    dict(
        kind="interview_invitation", slug="parcmarin_trialday", lang="fr",
        company="Parc marin du Léon", contact="soazig.morvan@parcmarin-leon.example.fr",
        frm=("Soazig Morvan", "soazig.morvan@parcmarin-leon.example.fr"),
        subject="Journée d'immersion le 21 mai ?", date="2026-05-12 08:52", cte="8bit",
        body="""Bonjour Corentin,

Suite à notre échange téléphonique, je vous propose de passer une journée avec l'équipe en mer pour le poste de garde-technicien : c'est notre façon de faire les entretiens, on se rend vite compte sur le pont.

Rendez-vous le jeudi 21 mai à 7 h 30 au port du Conquet, ponton visiteurs, devant l'Enez Du. Au programme : relevé des mouillages de la zone de protection, comptage des oiseaux sur les îlots, et un moment d'échange avec moi et le chef de poste en fin de journée. Retour prévu vers 17 h.

Prévoyez ciré, bottes et de quoi manger. Le gilet est fourni.

Pouvez-vous me confirmer d'ici vendredi ?

Soazig Morvan
Cheffe du service Patrimoine naturel – Parc marin du Léon
Port de commerce, 29200 Brest – 02 98 33 60 41""",
    ),
    dict(
        kind="interview_invitation", slug="hydroarmor_assessment", lang="fr",
        company="Hydro-Armor Conseil", contact=HYDRO[1],
        frm=("Hydro-Armor Conseil", "hydroarmor@jobs.recruitee.com"), tz="utc",
        reply_to=HYDRO,
        subject="Mise en situation – Technicien·ne mesures hydrologiques",
        date="2026-04-09 12:15", parts="alt", shell="card", cte="base64",
        shell_opts=dict(brand="Hydro-Armor Conseil", color="#00566e",
                        footer="Hydro-Armor Conseil · 17 rue de la Tour d'Auvergne, 44200 Nantes\n"
                               "Envoyé avec Recruitee"),
        body="""Bonjour Corentin,

Merci pour votre candidature au poste de technicien·ne mesures hydrologiques. Nous souhaitons vous inviter à la prochaine étape : une demi-journée de mise en situation dans nos locaux de Nantes.

Déroulé :
- 9 h 00 : accueil et présentation du bureau d'études
- 9 h 30 : exercice pratique – jaugeage au courantomètre sur le canal d'essai et saisie des mesures
- 10 h 45 : petit test écrit (lecture de données hydrologiques, 30 min)
- 11 h 30 : entretien avec Mathurin Cadiou, responsable technique

Choisissez votre date (jeudi 16 avril ou vendredi 17 avril) via ce lien : https://hydroarmor.recruitee.com/scheduler/7f3a21c0

Pour toute question, répondez simplement à cet e-mail.

À bientôt,
Solenn Guillou
Chargée RH, Hydro-Armor Conseil""",
    ),
    dict(
        kind="interview_invitation", slug="cornouaille_convocation_pdf", lang="fr",
        company="Cornouaille Littoral Agglo", contact=CORNOUAILLE[1], frm=CORNOUAILLE,
        subject="Convocation à un entretien de recrutement", date="2026-02-12 10:30",
        charset="iso-8859-1", cte="quoted-printable", parent="cornouaille_ack",
        attach=[pdf("Convocation_entretien_TRZH.pdf", "Cornouaille Littoral Agglo",
                    ["Quimper, le 12 février 2026", "",
                     "CONVOCATION", "",
                     "Poste : technicien rivières et zones humides (F/H)",
                     "Date : jeudi 26 février 2026 à 10 h 30",
                     "Lieu : siège communautaire, salle du conseil, 3 rue du Pont-Firmin",
                     "Durée : 30 minutes (présentation 10 min, échanges 20 min)", "",
                     "Merci de vous munir d'une pièce d'identité."])],
        body="""Monsieur,

J'ai le plaisir de vous informer que votre candidature au poste de technicien rivières et zones humides a été retenue par la commission de présélection.

Vous êtes convoqué à un entretien devant le jury le jeudi 26 février 2026 à 10 h 30, au siège de Cornouaille Littoral Agglo, salle du conseil. L'entretien débutera par une présentation de 10 minutes de votre parcours et de votre vision du poste.

Vous trouverez la convocation officielle en pièce jointe. Merci de confirmer votre présence par retour de courriel.

Pascale Le Corre
Directrice des ressources humaines
Cornouaille Littoral Agglo
3 rue du Pont-Firmin, 29000 Quimper""",
    ),
    dict(
        kind="interview_invitation", slug="marinova_taleo_slot", lang="fr",
        company="Marinova", contact="",
        frm=("Groupe Marinova - Carrières", "marinova@taleo.net"), tz="utc",
        subject="Planifiez votre entretien – Technicien environnement H/F",
        date="2026-06-24 07:01", parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Groupe Marinova · Carrières", color="#00395d",
                        footer="Message automatique – merci de ne pas répondre."),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Bonjour Corentin,

Votre candidature au poste de Technicien environnement H/F (réf. 2604-118) passe à l'étape suivante : un entretien en visioconférence avec la responsable HSE du site de Nantes-Cheviré.

Merci de réserver le créneau de votre choix parmi ceux proposés, au plus tard le 29 juin :
https://marinova.taleo.net/careersection/ext/scheduling.ftl?req=2604-118&tok=9c81e5

Une fois le créneau choisi, vous recevrez le lien de connexion par e-mail.

L'équipe Recrutement
Groupe Marinova""",
    ),
    dict(
        kind="interview_invitation", slug="blavet_casual_chat", lang="fr",
        company="Syndicat mixte du Blavet", contact="gwendal.rio@smblavet.example.fr",
        frm=("Gwendal Rio", "gwendal.rio@smblavet.example.fr"),
        subject="Re: ta candidature", date="2026-06-03 21:17", cte="8bit",
        parent="own_blavet_application",
        body="""Salut Corentin,

Bien reçu ton dossier, et ma cheffe l'a lu aussi. T'es dispo jeudi 11 en fin de matinée pour venir en parler avec elle au Moulin ? Rien de solennel, un café et une heure de discussion sur le poste, les suivis piscicoles et ce que tu as fait sur tes parcs. Après ça, si ça colle, il y aura la commission.

Dis-moi si 11 h te va, sinon on trouve autre chose.

Gwen""",
    ),
    dict(
        kind="interview_invitation", slug="conchylis_teams_invite", lang="fr",
        company="Conchylis Contrôle", contact=CONCHYLIS[1], frm=CONCHYLIS,
        subject="Entretien visio – technicien(ne) de laboratoire", date="2026-07-01 11:42",
        parts="alt", shell="outlook", cte="quoted-printable",
        attach=[ics("REQUEST", "conchylis-20260709-entretien-labo", "2026-07-09 14:00",
                    "2026-07-09 14:45", "Entretien Conchylis Contrôle – C. Abara-Le Goff",
                    CONCHYLIS, location="Réunion Microsoft Teams",
                    description="Rejoindre la réunion : https://teams.example.com/l/meetup-join/"
                                "conchylis-0709")],
        body="""Bonjour Monsieur Abara-Le Goff,

Je vous remercie pour votre candidature au poste de technicien(ne) de laboratoire. Je vous propose un premier entretien en visioconférence le jeudi 9 juillet de 14 h à 14 h 45, avec moi-même et notre responsable qualité.

Vous trouverez l'invitation Teams ci-jointe ; le lien de connexion figure dans la description de l'événement.

Cordialement,

Bénédicte Allanic
Directrice – Conchylis Contrôle
Parc d'activités du Prat, 56000 Vannes
02 97 63 08 41""",
    ),
    dict(
        kind="interview_invitation", slug="kelpwise_ashby_slots", lang="fr",
        company="Kelpwise", contact="mael@kelpwise.example.fr",
        frm=("Kelpwise", "no-reply@ashbyhq.com"), tz="utc",
        reply_to=("Maël Stéphan", "mael@kelpwise.example.fr"), reply_to_enc="q-utf-8",
        subject="Kelpwise – on aimerait te rencontrer", date="2026-08-10 13:05",
        parts="alt", shell="card", cte="quoted-printable", parent="kelpwise_ack",
        shell_opts=dict(brand="Kelpwise", color="#0f5e56", footer="Sent with Ashby"),
        body="""Salut Corentin,

Ton parcours nous a plu : passer de l'huître à l'algue, on trouve que c'est plutôt logique.

On te propose un premier échange de 30 minutes en visio avec Maël (co-fondateur) et Enora (responsable des cultures en mer). Choisis le créneau qui t'arrange ici :
https://jobs.ashbyhq.com/kelpwise/interview/schedule/5b2e9d14

Le lien Google Meet te sera envoyé automatiquement après la réservation.

À très vite,
L'équipe Kelpwise""",
    ),
    dict(
        kind="interview_invitation", slug="ilb_invite_reply", lang="fr",
        company="Institut Littoral Breton", contact=ILB[1], frm=ILB,
        subject="Re: Candidature – technicien d'expérimentation aquacole (CDD 18 mois)",
        date="2026-06-08 14:03", cte="quoted-printable",
        body="""Bonjour Monsieur Abara-Le Goff,

Merci pour votre candidature, et pardon pour le délai de réponse : la campagne en mer de mai a tout décalé.

Votre expérience d'ostréiculteur nous intéresse beaucoup pour ce CDD, notamment sur la partie suivi de mortalités en conditions réelles. Je vous propose de venir nous rencontrer le jeudi 18 juin à 14 h à l'Institut (technopôle Brest-Iroise, bâtiment B, 2e étage). L'entretien durera environ une heure, avec moi et l'ingénieur responsable de la plateforme d'expérimentation.

Pouvez-vous me confirmer votre venue ?

Anne-Laure Quéré
Chercheuse, responsable de l'équipe Écophysiologie des bivalves
Institut Littoral Breton – Technopôle Brest-Iroise, 29280 Plouzané
02 98 05 47 80

""" + reply_quote("fr", "2026-05-18 08:47", C_NAME, C_ADDR, """Madame,

Je me permets de vous adresser ma candidature pour le poste de technicien d'expérimentation aquacole publié sur le site de l'Institut. Ostréiculteur depuis douze ans dans le golfe du Morbihan, je souhaite aujourd'hui mettre mon expérience du terrain au service de la recherche.

Vous trouverez mon CV et ma lettre de motivation en pièces jointes. Je serais heureux de pouvoir vous présenter mon parcours lors d'un entretien.

Bien cordialement,
Corentin Abara-Le Goff
06 71 42 18 95"""),
    ),
    dict(
        kind="interview_invitation", slug="aquaterra_workday_invite", lang="fr",
        company="Aquaterra Services", contact="",
        frm=("Aquaterra Services", "aquaterra@myworkday.com"), tz="utc",
        subject="Invitation à un entretien – Technicien d'exploitation eau potable H/F (R-10482)",
        date="2026-09-07 09:45", parts="html", shell="card",
        shell_opts=dict(brand="Aquaterra Services – Recrutement", color="#005a9c",
                        footer="Ne répondez pas à ce message : cette adresse n'est pas consultée."),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Bonjour Corentin,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Technicien d'exploitation eau potable H/F (R-10482), agence de Quimper.

Date : mardi 15 septembre 2026
Heure : 11:00 – 11:45 (heure de Paris)
Format : visioconférence Microsoft Teams
Interlocuteurs : Jérôme Floc'h, chef d'agence, et Audrey Menez, chargée de recrutement

Le lien de connexion est disponible dans votre espace candidat : https://aquaterra.wd3.myworkday.com/aquaterra_careers/login

En cas d'empêchement, merci de nous prévenir depuis votre espace candidat au moins 24 h à l'avance.

Aquaterra Services – Talent Acquisition""",
    ),
    # ============================================================ invitations, en
    dict(
        kind="interview_invitation", slug="bluetide_greenhouse_schedule", lang="en",
        company="BlueTide Analytics", contact="siobhan.kearney@bluetide.example.ie",
        frm=("Siobhán Kearney via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        name_enc="b-utf-8", tz="utc",
        reply_to=("Siobhán Kearney", "siobhan.kearney@bluetide.example.ie"),
        reply_to_enc="q-utf-8",
        subject="Interview availability – Field Data Technician at BlueTide Analytics",
        date="2026-02-16 10:27", parts="alt", shell="simple", cte="quoted-printable",
        parent="bluetide_ack",
        body="""Hi Corentin,

Thanks for applying for the Field Data Technician role. I enjoyed reading about your years on the oyster farm, and the team would like to meet you.

The next step is a 45-minute video interview with our Head of Field Operations, Conor, and one of our buoy technicians. Please pick a time that suits you using the link below:

https://app.greenhouse.io/scheduling/select/4e1b77a0c2

If none of the slots work, just reply here and I'll find something else.

Best,
Siobhán

Siobhán Kearney | Talent Partner | BlueTide Analytics""",
    ),
    dict(
        kind="interview_invitation", slug="loughmahon_panel_ics", lang="en",
        company="Lough Mahon Environmental", contact=LOUGH[1], frm=LOUGH,
        subject="Interview invitation – Environmental Technician (Ref LME-ET-0426)",
        date="2026-04-28 11:58", parts="alt", shell="outlook", cte="quoted-printable",
        parent="loughmahon_ack",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        attach=[ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B4A1F3C2",
                    "2026-05-07 10:00", "2026-05-07 11:00", "Panel interview – C. Abara-Le Goff",
                    LOUGH, tz="dublin",
                    location="Lough Mahon Environmental, Unit 4 Tivoli Industrial Estate, Cork",
                    attendees=[CANDIDATE, ("Brian Twomey", "brian.twomey@loughmahon.example.ie")])],
        body="""Dear Corentin,

Thank you for applying for the position of Environmental Technician. I'm pleased to invite you to a panel interview on Thursday 7 May at 10:00 at our Tivoli office.

The panel will be Brian Twomey (Senior Scientist), Orla Kiely (Laboratory Manager) and myself. The interview will last around 50 minutes and will include a short scenario question on sampling at a licensed discharge point.

A calendar invitation is attached. Please accept it or reply to this email to confirm.

Kind regards,

Dervla Hennessy
HR Business Partner
Lough Mahon Environmental
+353 21 450 7722""",
    ),
    dict(
        kind="interview_invitation", slug="harbourline_phone_screen", lang="en",
        company="Harbourline Consulting", contact=HARBOUR[1], frm=HARBOUR,
        subject="Quick call about the monitoring technician role?", date="2026-06-02 15:36",
        cte="7bit",
        body="""Hi Corentin,

I'm the recruiter looking after our Graduate Environmental Monitoring Technician opening, and your application landed on my desk this morning.

Would Thursday 4 June at 2pm suit for a 20-minute phone call? Nothing formal: I'd like to hear what's drawing you from aquaculture into consultancy work, and walk you through how the role is split between site visits and the lab.

I'll call the +33 number on your CV unless you'd prefer an Irish mobile.

Thanks,
Tom

Tom Cronin
Talent Acquisition, Harbourline Consulting
Lapps Quay, Cork | +353 21 239 4410""",
    ),
    dict(
        kind="interview_invitation", slug="corkharbour_casual_chat", lang="en",
        company="Cork Harbour Marine Lab", contact="f.barry@corkharbourlab.example.ie",
        frm=("Fionnuala Barry", "f.barry@corkharbourlab.example.ie"), name_enc="q-utf-8",
        subject="Re: CV – lab technician", date="2026-07-13 12:09", cte="quoted-printable",
        parent="corkharbour_cv_received",
        body="""Hi Corentin,

Had a proper look at your CV over the weekend. Are you free Thursday to chat? Come down to the lab at 11 if that works. I'll show you the shellfish depuration tanks and we can talk about the technician post over a coffee. Bring your questions, not a suit.

We're at the old coastguard station in Haulbowline; the gate buzzer says CHML.

Fionnuala

Dr Fionnuala Barry
Principal Investigator, Cork Harbour Marine Lab""",
    ),
    dict(
        kind="interview_invitation", slug="shannonside_ichm_interview", lang="en",
        company="Irish Coastal Monitoring", contact=SHANNON[1], frm=SHANNON, name_enc="b-utf-8",
        subject="Interview confirmed – Irish Coastal Monitoring, Wed 19 Aug",
        date="2026-08-11 09:14", parts="alt", cte="quoted-printable",
        body="""Morning Corentin,

Great news: Irish Coastal Monitoring would like to interview you for the Coastal Survey Technician role we discussed.

Details:
Wednesday 19 August, 10:00
Irish Coastal Monitoring, Ringaskiddy Marine Campus, Building 3
With: Gráinne Lynch (Survey Manager) and Eoin Murphy (Senior Technician)
Format: 45 minutes, competency-based, plus a look at their water quality sondes

I'll call you Monday to prep. They care a lot about safety culture on the boats, so have a couple of examples ready from the oyster farm.

Ciarán

Ciarán Walsh
Senior Consultant, Science & Environment
Shannonside Recruitment | +353 21 427 6610""",
    ),
    dict(
        kind="interview_invitation", slug="blackwater_trialday", lang="en",
        company="Blackwater Fisheries Trust", contact="declan@blackwaterfisheries.example.ie",
        frm=("Declan Moynihan", "declan@blackwaterfisheries.example.ie"),
        subject="Trial day Tuesday", date="2026-09-22 19:48", cte="7bit",
        body="""Hi Corentin,

Thanks for the application for the seasonal fisheries assistant post. Rather than a sit-down interview, we'd like you to come out with the crew for a trial day next Tuesday, 29 September: electrofishing survey on the Araglin, then juvenile counts back at the hatchery.

Meet at 8am at the Trust office, Mill Road, Fermoy. Waders provided; bring a packed lunch and something warm. We'll have a proper chat at the end of the day.

Let me know if you can make it.

Declan Moynihan
Fisheries Officer, Blackwater Fisheries Trust
087 412 5530""",
    ),
    dict(
        kind="interview_invitation", slug="atlanticreef_invite", lang="en",
        company="Atlantic Reef Trust", contact="niamh@atlanticreef.example.ie",
        frm=("Niamh O'Sullivan", "niamh@atlanticreef.example.ie"),
        subject="Reef monitoring officer – interview", date="2026-09-08 10:30",
        parts="alt", cte="quoted-printable",
        body="""Hi Corentin,

Thanks so much for applying to be our Reef Monitoring Officer. We'd love to have you in for an interview on Thursday 17 September at 3pm, at our office on Kinsale Road.

It'll be me and Pádraig, our science coordinator, for about 40 minutes. We'll ask about your fieldwork, how you'd plan a monitoring season on the restored oyster beds, and how you get on with volunteers.

Can you let me know if that time works?

Niamh

Niamh O'Sullivan | Projects Lead | Atlantic Reef Trust""",
    ),
    # ============================================================ invitations, de
    dict(
        kind="interview_invitation", slug="foerde_personio_invite", lang="de",
        company="Förde Umweltlabor", contact="j.petersen@foerde-umweltlabor.example.de",
        frm=("Förde Umweltlabor GmbH", "noreply@personio.de"), name_enc="q-iso-8859-1",
        tz="utc", reply_to=("Jana Petersen", "j.petersen@foerde-umweltlabor.example.de"),
        subject="Einladung zum Vorstellungsgespräch – Umwelttechniker (m/w/d)",
        subject_enc="b-utf-8", date="2026-03-17 08:40", parts="alt", shell="card",
        cte="quoted-printable", parent="foerde_personio_ack",
        shell_opts=dict(brand="Förde Umweltlabor", color="#2b5f3f",
                        footer="Förde Umweltlabor GmbH · Wischhofstraße 1-3 · 24148 Kiel\n"
                               "Versendet über Personio"),
        body="""Sehr geehrter Herr Abara-Le Goff,

vielen Dank für Ihre Bewerbung als Umwelttechniker (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 26. März 2026, um 10:00 Uhr in unser Labor in Kiel-Wellingdorf ein. Gesprächspartner sind Dr. Kai Brodersen (Laborleitung) und Jana Petersen (Personal). Im Anschluss zeigen wir Ihnen gerne die Probenannahme.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail. Reisekosten aus Frankreich erstatten wir bis 250 Euro.

Mit freundlichen Grüßen
Jana Petersen
Förde Umweltlabor GmbH""",
    ),
    dict(
        kind="interview_invitation", slug="wvostufer_teams_ics", lang="de",
        company="Wasserverband Ostufer", contact=WVO[1], frm=WVO,
        subject="Einladung: Bewerbungsgespräch Umwelttechniker (m/w/d) – Teams",
        date="2026-05-05 14:02", parts="alt", shell="outlook", cte="quoted-printable",
        attach=[ics("REQUEST", "wvo-bewerbung-20260513-abara", "2026-05-13 10:00",
                    "2026-05-13 10:45", "Bewerbungsgespräch Umwelttechniker – Abara-Le Goff",
                    WVO, location="Microsoft Teams-Besprechung",
                    description="Teams-Link: https://teams.example.com/l/meetup-join/wvo-0513")],
        body="""Sehr geehrter Herr Abara-Le Goff,

vielen Dank für Ihre Bewerbung. Wir möchten Sie zu einem ersten Gespräch per Microsoft Teams einladen:

Mittwoch, 13. Mai 2026, 10:00 bis 10:45 Uhr

Teilnehmen werden neben mir unsere Betriebsleiterin Frau Claußen und ein Mitglied des Personalrats. Die Einladung mit dem Link finden Sie im Anhang bzw. in Ihrem Kalender.

Mit freundlichen Grüßen
Hauke Thomsen
Abteilungsleiter Gewässerschutz
Wasserverband Ostufer
Dorfstraße 12, 24226 Heikendorf
Tel. 0431 2399 150""",
    ),
    dict(
        kind="interview_invitation", slug="nordwind_hafenlabor_interview", lang="de",
        company="Kieler Hafenlabor", contact=NORDWIND[1], frm=NORDWIND, name_enc="q-utf-8",
        subject="Vorstellungstermin beim Kieler Hafenlabor", date="2026-07-07 11:25",
        cte="8bit",
        body="""Hallo Herr Abara-Le Goff,

wie heute Morgen am Telefon besprochen: Das Kieler Hafenlabor möchte Sie für die Stelle als Probenehmer/Laborhelfer (Überlassung mit Übernahmeoption) kennenlernen.

Termin: Dienstag, 14. Juli, 9:30 Uhr
Ort: Kieler Hafenlabor, Schwedenkai 4, 24103 Kiel, Empfang im Erdgeschoss
Ansprechpartner vor Ort: Herr Dirk Matthiesen, Laborleiter

Bitte bringen Sie Ihren Lebenslauf in Papierform und Ihre Zeugnisse mit. Ich rufe Sie am Montag noch einmal zur Vorbereitung an.

Beste Grüße
Meike Sörensen
Personaldisponentin – Nordwind Personal, Niederlassung Kiel
Tel. 0431 990 4471""",
    ),
    # ============================================================ invitations, es
    dict(
        kind="interview_invitation", slug="aguasbahia_ics", lang="es",
        company="Consorcio de Aguas de la Bahía", contact=BAHIA[1], frm=BAHIA,
        name_enc="q-utf-8",
        subject="Entrevista – Técnico/a de control de calidad del agua", subject_enc="q-utf-8",
        date="2026-05-04 12:40", parts="alt", shell="outlook", cte="quoted-printable",
        parent="aguasbahia_ack",
        attach=[ics("REQUEST", "cab-entrevista-tcca-abara-2026", "2026-05-12 10:00",
                    "2026-05-12 11:00", "Entrevista Técnico/a control de calidad – Abara-Le Goff",
                    BAHIA, location="Consorcio de Aguas de la Bahía, Av. de Parayas 22, Santander")],
        body="""Estimado Corentin:

Le escribo en nombre del Consorcio de Aguas de la Bahía en relación con su candidatura al puesto de técnico/a de control de calidad del agua.

Nos gustaría invitarle a una entrevista presencial el martes 12 de mayo a las 10:00 en nuestras oficinas de la avenida de Parayas 22 (Santander). Le atenderán el jefe del laboratorio de la ETAP y yo misma. Le adjunto la convocatoria para su calendario.

Le agradecería que confirmara su asistencia respondiendo a este correo.

Un saludo cordial,

Nerea Gutiérrez Sainz
Técnica de Recursos Humanos
Consorcio de Aguas de la Bahía
Av. de Parayas 22, 39011 Santander · 942 33 61 00""",
    ),
    dict(
        kind="interview_invitation", slug="magdalena_presencial", lang="es",
        company="Laboratorio Marino de la Magdalena", contact="inigo.ruiz@labmagdalena.example.es",
        frm=("Íñigo Ruiz de la Peña", "inigo.ruiz@labmagdalena.example.es"), name_enc="b-utf-8",
        subject="Puesto técnico de acuarios – ¿nos vemos el martes 23?", subject_enc="b-utf-8",
        date="2026-06-16 09:31", cte="quoted-printable",
        body="""Hola Corentin:

He leído tu carta y me ha llamado la atención tu experiencia con la cría de ostra en bateas. ¿Podrías venir al laboratorio el martes 23 de junio a las 11:00 para una entrevista? Te enseñaré las salas de cultivo y hablaremos del puesto de técnico de acuarios con la directora.

Estamos en la península de la Magdalena, edificio de las antiguas caballerizas. Aparca en la entrada de Reina Victoria, que dentro no se puede.

Confírmame cuando puedas.

Íñigo Ruiz de la Peña
Responsable de instalaciones
Laboratorio Marino de la Magdalena
Tel. 942 27 90 14""",
    ),
    dict(
        kind="interview_invitation", slug="ecolitoral_phone_screen", lang="es",
        company="EcoLitoral Cantabria", contact=ECOLIT[1], frm=ECOLIT,
        subject="Llamada sobre el puesto de técnico/a litoral", subject_enc="q-utf-8",
        date="2026-09-01 17:22", parts="alt", cte="8bit", parent="ecolitoral_ack",
        body="""Hola Corentin:

Soy Marta, de personas en EcoLitoral Cantabria. Hemos revisado tu candidatura y nos gustaría tener una primera conversación telefónica contigo, de unos 20 minutos, para conocerte y contarte el puesto.

¿Te viene bien el jueves 3 de septiembre a las 12:00? Si no, dime dos o tres huecos que te vengan mejor esta semana o la siguiente.

Gracias,
Marta Ceballos
Responsable de Personas · EcoLitoral Cantabria
C/ Castilla 51, 39009 Santander""",
    ),
    # ============================================================ reschedules, fr
    dict(
        kind="interview_reschedule_or_cancel", slug="eauxdugolfe_moved_seq1", lang="fr",
        company="Eaux du Golfe", contact=EDG[1], frm=EDG, name_enc="q-utf-8",
        subject="Mis à jour : Entretien – Technicien(ne) qualité des eaux",
        subject_enc="b-utf-8", date="2026-02-26 15:02", parts="alt", shell="outlook",
        cte="quoted-printable",
        quote=dict(of="own_eauxdugolfe_move_request", style="reply"),
        attach=[ics("REQUEST", "edg-2026-04-entretien-abara@eauxdugolfe.example.fr",
                    "2026-03-09 10:00", "2026-03-09 11:00",
                    "Entretien – Technicien(ne) qualité des eaux", EDG, sequence=1,
                    location="Eaux du Golfe, 8 rue Alain-Gerbault, Vannes – salle Conleau")],
        body="""Bonjour Monsieur Abara-Le Goff,

Pas de souci, nous comprenons bien que les grandes marées ne se déplacent pas.

Votre entretien est donc décalé au lundi 9 mars à 10 h, même lieu, même jury. L'invitation de votre agenda a été mise à jour en conséquence.

Bien cordialement,
Maïwenn Le Floc'h
Eaux du Golfe""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="hydroarmor_interviewer_ill", lang="fr",
        company="Hydro-Armor Conseil", contact=HYDRO[1], frm=HYDRO,
        subject="Mise en situation de demain décalée", date="2026-04-15 08:05", cte="8bit",
        parent="hydroarmor_assessment",
        body="""Bonjour Corentin,

Mauvaise nouvelle de dernière minute : Mathurin Cadiou, qui devait animer l'exercice de jaugeage et mener l'entretien, est malade depuis hier soir et sera absent toute la semaine.

Nous préférons décaler votre mise en situation plutôt que de la faire sans lui. Je vous propose le jeudi 23 avril, même horaire (9 h – 12 h 30), même lieu. Cela vous convient-il ?

Toutes nos excuses pour ce changement tardif.

Solenn Guillou
Chargée RH – Hydro-Armor Conseil
02 40 48 71 36""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kornog_client_moves", lang="fr",
        company="Kornog Talents", contact=KORNOG[1], frm=KORNOG,
        subject="Changement d'horaire – rendez-vous de mercredi", date="2026-04-20 12:30",
        parts="alt", cte="quoted-printable", parent="kornog_unnamed_client",
        body="""Bonjour Corentin,

Mon client a un comité de pilotage qui vient de tomber mercredi après-midi. Il me demande s'il est possible de décaler notre rendez-vous au vendredi 24 avril à 10 h, toujours au cabinet.

Je suis désolé pour ce changement. Merci de me dire rapidement si ce nouveau créneau vous convient, sinon je lui propose autre chose en début de semaine prochaine.

Bien cordialement,
Yann-Vari Le Berre
Kornog Talents""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="cornouaille_postponed", lang="fr",
        company="Cornouaille Littoral Agglo", contact=CORNOUAILLE[1], frm=CORNOUAILLE,
        subject="Report de votre entretien du 26 février", date="2026-02-24 17:55",
        charset="windows-1252", cte="8bit", parent="cornouaille_convocation_pdf",
        body="""Monsieur,

En raison de l’indisponibilité de deux membres du jury, retenus par la gestion de la crue de l’Odet, les entretiens prévus le jeudi 26 février sont reportés.

Votre entretien est reprogrammé au mardi 3 mars 2026 à 9 h 30, au même endroit (siège communautaire, salle du conseil). Les autres éléments de la convocation restent inchangés.

Nous vous prions de bien vouloir nous excuser pour ce contretemps et vous remercions de confirmer votre disponibilité.

Pascale Le Corre
Directrice des ressources humaines
Cornouaille Littoral Agglo""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="conchylis_cancel", lang="fr",
        company="Conchylis Contrôle", contact=CONCHYLIS[1], frm=CONCHYLIS,
        subject="Annulé : Entretien Conchylis Contrôle – C. Abara-Le Goff",
        date="2026-07-07 09:12", parts="alt", shell="outlook", cte="quoted-printable",
        parent="conchylis_teams_invite",
        attach=[ics("CANCEL", "conchylis-20260709-entretien-labo", "2026-07-09 14:00",
                    "2026-07-09 14:45", "Annulé : Entretien Conchylis Contrôle – C. Abara-Le Goff",
                    CONCHYLIS, sequence=1, location="Réunion Microsoft Teams")],
        body="""Bonjour Monsieur Abara-Le Goff,

Je suis contrainte d'annuler notre entretien de jeudi 9 juillet : nous attendons une décision sur un appel d'offres qui conditionne une partie du poste, et je préfère ne pas vous faire passer un entretien sans pouvoir vous décrire la mission avec certitude.

Votre candidature reste à l'étude. Je reviendrai vers vous avec une nouvelle date dès que nous y verrons plus clair, sans doute d'ici la fin du mois.

Cordialement,
Bénédicte Allanic
Conchylis Contrôle""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ilb_moved_16h", lang="fr",
        company="Institut Littoral Breton", contact=ILB[1], frm=ILB,
        subject="Re: Candidature – technicien d'expérimentation aquacole (CDD 18 mois)",
        date="2026-06-15 11:20", cte="quoted-printable",
        quote=dict(of="ilb_invite_reply", style="reply"),
        body="""Bonjour Monsieur Abara-Le Goff,

Une soutenance de thèse a été placée jeudi en début d'après-midi et mobilise l'ingénieur de la plateforme. Pourrions-nous décaler notre rendez-vous du 18 juin de 14 h à 16 h ? Le lieu ne change pas.

Merci de me dire si cela vous convient.

Anne-Laure Quéré""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="marhalys_resched", lang="fr",
        company="Laboratoire Marhalys", contact=MARHALYS[1], frm=MARHALYS,
        subject="Re: Désolé pour ce matin", date="2026-03-13 09:47", cte="quoted-printable",
        quote=dict(of="own_marhalys_apology", style="reply"),
        body="""Bonjour Corentin,

Merci pour votre message, ce sont des choses qui arrivent, surtout en mer.

Je vous propose de reprogrammer notre échange téléphonique au mardi 17 mars à 15 h, même numéro. Notre responsable technique, Erwan Kerjean, se joindra à l'appel.

Bonne journée,
Gaëlle Tanguy
Assistante RH – Laboratoire Marhalys""",
    ),
    # ============================================================ reschedules, en
    dict(
        kind="interview_reschedule_or_cancel", slug="bluetide_cancel", lang="en",
        company="BlueTide Analytics", contact="siobhan.kearney@bluetide.example.ie",
        frm=("Siobhán Kearney via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        name_enc="q-utf-8", tz="utc",
        reply_to=("Siobhán Kearney", "siobhan.kearney@bluetide.example.ie"),
        reply_to_enc="b-utf-8",
        subject="Cancelled: Interview with BlueTide Analytics – Thu 26 Feb",
        date="2026-02-24 16:12", parts="alt", shell="simple", cte="quoted-printable",
        parent="bluetide_greenhouse_schedule",
        attach=[ics("CANCEL", "gh-interview-88412031@greenhouse.io", "2026-02-26 14:00",
                    "2026-02-26 14:45", "Interview: Corentin Abara-Le Goff – Field Data Technician",
                    ("Siobhán Kearney", "siobhan.kearney@bluetide.example.ie"), tz="dublin",
                    sequence=2, location="Google Meet")],
        body="""Hi Corentin,

I'm sorry to do this at short notice, but we need to cancel Thursday's interview. The leadership team is reviewing this year's hiring plan this week, and we've been asked to pause interviews until that's done.

This isn't a decision about you or your application. I'll be back in touch as soon as I know more.

Apologies again,
Siobhán""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="loughmahon_interviewer_ill", lang="en",
        company="Lough Mahon Environmental", contact=LOUGH[1], frm=LOUGH,
        subject="Updated: Panel interview – now Tuesday 12 May", date="2026-05-06 08:22",
        parts="alt", shell="outlook", cte="quoted-printable", parent="loughmahon_panel_ics",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        attach=[ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B4A1F3C2",
                    "2026-05-12 10:00", "2026-05-12 11:00", "Panel interview – C. Abara-Le Goff",
                    LOUGH, tz="dublin", sequence=1,
                    location="Lough Mahon Environmental, Unit 4 Tivoli Industrial Estate, Cork")],
        body="""Dear Corentin,

Unfortunately Brian Twomey, who chairs the panel, is out sick this week. Rather than go ahead without him, we've moved your interview to Tuesday 12 May at 10:00, same place.

The updated invitation is attached. If the new time doesn't suit, let me know and we'll work something out.

Apologies for the change,

Dervla Hennessy
HR Business Partner, Lough Mahon Environmental""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="harbourline_update_seq", lang="en",
        company="Harbourline Consulting", contact=HARBOUR[1], frm=HARBOUR,
        subject="Updated invitation: Phone screen – Corentin / Tom @ Fri 12 Jun 11:00",
        date="2026-06-08 09:51", parts="alt", cte="7bit", parent="harbourline_no_answer",
        attach=[ics("REQUEST", "harbourline-screen-abara-0604", "2026-06-12 11:00",
                    "2026-06-12 11:20", "Phone screen – Corentin / Tom", HARBOUR, tz="dublin",
                    sequence=2, description="Tom will call +33 6 71 42 18 95")],
        body="""Hi Corentin,

As agreed on the phone, I've moved our call to this Friday, 12 June at 11:00 Irish time. The invite has been updated.

Talk then,
Tom""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="shannonside_client_moved", lang="en",
        company="Irish Coastal Monitoring", contact=SHANNON[1], frm=SHANNON, name_enc="q-utf-8",
        subject="ICM interview moved to Monday", date="2026-08-18 13:07",
        parent="shannonside_ichm_interview", cte="quoted-printable",
        body="""Hi Corentin,

Quick one: Irish Coastal Monitoring have had to move tomorrow's interview. Gráinne is needed on a survey vessel that's leaving a day early.

They've asked for Monday 24 August at 2pm instead, same place in Ringaskiddy. I've said yes provisionally on your behalf; shout if that's a problem.

Ciarán""",
    ),
    # ============================================================ reschedules, de
    dict(
        kind="interview_reschedule_or_cancel", slug="wvostufer_new_slot", lang="de",
        company="Wasserverband Ostufer", contact=WVO[1], frm=WVO,
        subject="Aktualisiert: Bewerbungsgespräch Umwelttechniker – neuer Termin",
        date="2026-05-15 10:40", parts="alt", shell="outlook", cte="quoted-printable",
        parent="wvostufer_teams_waited",
        attach=[ics("REQUEST", "wvo-bewerbung-20260513-abara", "2026-05-20 10:00",
                    "2026-05-20 10:45", "Bewerbungsgespräch Umwelttechniker – Abara-Le Goff",
                    WVO, sequence=1, location="Microsoft Teams-Besprechung")],
        body="""Sehr geehrter Herr Abara-Le Goff,

danke für Ihre Erklärung, technische Probleme mit Teams kommen leider vor.

Wir haben das Gespräch auf Mittwoch, 20. Mai 2026, 10:00 Uhr verlegt. Der Termin in Ihrem Kalender wurde aktualisiert. Bitte testen Sie den Link vorher einmal über den Browser.

Mit freundlichen Grüßen
Hauke Thomsen
Wasserverband Ostufer""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="nordwind_client_moves", lang="de",
        company="Kieler Hafenlabor", contact=NORDWIND[1], frm=NORDWIND,
        name_enc="b-iso-8859-1",
        subject="Terminverschiebung Kieler Hafenlabor", date="2026-07-10 16:20",
        charset="iso-8859-1", cte="quoted-printable", parent="nordwind_hafenlabor_interview",
        body="""Hallo Herr Abara-Le Goff,

Herr Matthiesen vom Kieler Hafenlabor muss den Termin am Dienstag leider verschieben, er ist kurzfristig zu einer Schiffsbesichtigung nach Rostock bestellt worden.

Neuer Termin: Donnerstag, 16. Juli, 13:00 Uhr, gleicher Ort. Geht das bei Ihnen? Kurze Rückmeldung genügt.

Beste Grüße
Meike Sörensen
Nordwind Personal""",
    ),
    # ============================================================ reschedules, es
    dict(
        kind="interview_reschedule_or_cancel", slug="aguasbahia_seq1", lang="es",
        company="Consorcio de Aguas de la Bahía", contact=BAHIA[1], frm=BAHIA,
        name_enc="q-utf-8",
        subject="Actualizada: Entrevista – Técnico/a de control de calidad del agua",
        date="2026-05-08 13:15", parts="alt", shell="outlook", cte="quoted-printable",
        quote=dict(of="aguasbahia_ics", style="outlook"),
        attach=[ics("REQUEST", "cab-entrevista-tcca-abara-2026", "2026-05-14 12:00",
                    "2026-05-14 13:00", "Entrevista Técnico/a control de calidad – Abara-Le Goff",
                    BAHIA, sequence=1,
                    location="Consorcio de Aguas de la Bahía, Av. de Parayas 22, Santander")],
        body="""Estimado Corentin:

Por una inspección sanitaria en la ETAP el martes, el jefe de laboratorio no podrá estar en la entrevista prevista el día 12. Hemos trasladado su entrevista al jueves 14 de mayo a las 12:00, en el mismo lugar.

Le envío la convocatoria actualizada. Disculpe las molestias.

Un saludo,
Nerea Gutiérrez Sainz
Consorcio de Aguas de la Bahía""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ecolitoral_call_cancelled", lang="es",
        company="EcoLitoral Cantabria", contact=ECOLIT[1], frm=ECOLIT,
        subject="Re: Llamada sobre el puesto de técnico/a litoral", subject_enc="b-utf-8",
        date="2026-09-02 18:03", cte="quoted-printable",
        quote=dict(of="ecolitoral_phone_screen", style="reply"),
        body="""Hola de nuevo, Corentin:

Tengo que anular la llamada de mañana jueves: me han convocado a una reunión con la Demarcación de Costas que no puedo mover. Lo siento mucho.

Seguimos interesados en hablar contigo; te escribo la semana que viene con una nueva propuesta de día.

Marta""",
    ),
    # ============================================================ missed, fr
    dict(
        kind="missed_interview_notice", slug="marhalys_missed_call", lang="fr",
        company="Laboratoire Marhalys", contact=MARHALYS[1], frm=MARHALYS,
        subject="Re: Candidature technicien de laboratoire – Corentin Abara-Le Goff",
        date="2026-03-12 10:24", cte="quoted-printable",
        quote=dict(of="marhalys_phone_screen", style="reply"),
        body="""Bonjour Corentin,

J'ai essayé de vous appeler à deux reprises à 10 h 00, comme convenu, au 06 71 42 18 95, sans succès ; je suis tombée sur votre messagerie et vous ai laissé un message.

Pouvez-vous me rappeler au 02 98 47 63 12 ou me dire par mail si vous souhaitez toujours poursuivre ?

Cordialement,
Gaëlle Tanguy
Assistante RH – Laboratoire Marhalys""",
    ),
    dict(
        kind="missed_interview_notice", slug="emeraude_sedimar_noshow", lang="fr",
        company="Sedimar Études", contact=EMERAUDE[1], frm=EMERAUDE, name_enc="b-utf-8",
        subject="Vous êtes où ?? Entretien Sedimar", date="2026-02-10 09:38",
        subject_enc="q-utf-8", cte="8bit",
        body="""Corentin,

Frédéric Le Doaré de Sedimar vient de m'appeler : il vous attend depuis 9 h dans leurs bureaux de la base sous-marine et vous n'êtes pas arrivé. Il a une sortie en mer à 10 h 30, donc il ne pourra pas attendre beaucoup plus.

Je vous ai appelé deux fois, ça sonne dans le vide. Rappelez-moi dès que vous voyez ce message, j'espère qu'il ne vous est rien arrivé.

Nolwenn
Intérim Émeraude – 02 97 35 18 60""",
    ),
    dict(
        kind="missed_interview_notice", slug="aquaterra_teams_wait", lang="fr",
        company="Aquaterra Services", contact="audrey.menez@aquaterra.example.com",
        frm=("Audrey Menez", "audrey.menez@aquaterra.example.com"),
        subject="Entretien Teams de 11 h – technicien d'exploitation Quimper",
        date="2026-09-15 11:26", parts="alt", shell="outlook", cte="quoted-printable",
        parent="aquaterra_workday_invite",
        body="""Bonjour Monsieur Abara-Le Goff,

Jérôme Floc'h et moi-même vous avons attendu sur Teams de 11 h à 11 h 20 pour l'entretien prévu ce matin, mais vous ne vous êtes pas connecté.

S'il s'agit d'un problème technique ou d'un empêchement, merci de me le faire savoir par retour de mail aujourd'hui. Sans nouvelles de votre part, nous considérerons que vous ne souhaitez plus poursuivre le processus.

Cordialement,
Audrey Menez
Chargée de recrutement Bretagne – Aquaterra Services""",
    ),
    dict(
        kind="missed_interview_notice", slug="kelpwise_meet_missed", lang="fr",
        company="Kelpwise", contact="mael@kelpwise.example.fr",
        frm=("Maël Stéphan", "mael@kelpwise.example.fr"), name_enc="q-utf-8",
        subject="On t'a raté sur Meet", date="2026-08-18 16:41", cte="8bit",
        parent="kelpwise_ashby_slots",
        body="""Hello Corentin,

Avec Enora, on t'a attendu sur le Google Meet de 16 h pendant un bon quart d'heure, mais personne ne s'est connecté. Peut-être un souci de réseau sur le chantier ?

Si tu veux toujours qu'on se parle, réserve un nouveau créneau avec le même lien Ashby, ou réponds-moi directement.

Maël""",
    ),
    dict(
        kind="missed_interview_notice", slug="estuairevivant_absent", lang="fr",
        company="Estuaire Vivant", contact="b.ollivier@estuaire-vivant.example.fr",
        frm=("Bertrand Ollivier", "b.ollivier@estuaire-vivant.example.fr"),
        subject="Entretien du 13 octobre – animateur technicien zones humides",
        date="2026-10-13 15:02", parts="alt", cte="quoted-printable",
        body="""Monsieur,

Vous étiez attendu cet après-midi à 14 h à la Maison de l'estuaire de Couëron pour un entretien relatif au poste d'animateur-technicien zones humides. Vous ne vous êtes pas présenté, et nous n'avons reçu aucun message de votre part.

Le jury a pu recevoir les autres candidats comme prévu. Si un imprévu sérieux vous a empêché de venir, je vous remercie de me contacter d'ici vendredi ; nous verrons alors ce qu'il est possible de faire.

Bertrand Ollivier
Coordinateur – association Estuaire Vivant
Maison de l'estuaire, 44220 Couëron
02 40 86 52 19""",
    ),
    # ============================================================ missed, en
    dict(
        kind="missed_interview_notice", slug="tidewater_missed_call", lang="en",
        company="Tidewater Ecology", contact="roisin.daly@tidewater-ecology.example.ie",
        frm=("Róisín Daly", "roisin.daly@tidewater-ecology.example.ie"), name_enc="q-utf-8",
        subject="Missed you this morning", date="2026-01-21 11:34", cte="7bit",
        parent="own_tidewater_application",
        body="""Hi Corentin,

I rang you at 11 as arranged for our screening call, twice, but it went straight to voicemail both times. I didn't leave a message in case it was a bad line.

Drop me a note if you'd still like to talk about the field technician post and we'll find another time.

Roisin""",
    ),
    dict(
        kind="missed_interview_notice", slug="harbourline_no_answer", lang="en",
        company="Harbourline Consulting", contact=HARBOUR[1], frm=HARBOUR,
        subject="Re: Quick call about the monitoring technician role?", date="2026-06-04 14:19",
        quote=dict(of="harbourline_phone_screen", style="reply"), cte="7bit",
        body="""Hi Corentin,

I tried you at 2pm as agreed, and again at ten past, but no answer. No problem at all if something came up: reply with a couple of times that work next week and I'll send a new invite.

Tom""",
    ),
    # ============================================================ missed, de
    dict(
        kind="missed_interview_notice", slug="wvostufer_teams_waited", lang="de",
        company="Wasserverband Ostufer", contact=WVO[1], frm=WVO,
        subject="Unser Gespräch heute um 10:00 Uhr", date="2026-05-13 10:23",
        cte="quoted-printable", parent="wvostufer_teams_ics",
        body="""Sehr geehrter Herr Abara-Le Goff,

wir haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind jedoch nicht beigetreten. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Stelle haben. Dann schlagen wir Ihnen gerne einen neuen Termin vor.

Mit freundlichen Grüßen
Hauke Thomsen
Abteilungsleiter Gewässerschutz
Wasserverband Ostufer""",
    ),
    dict(
        kind="missed_interview_notice", slug="ostsee_phone_twice", lang="de",
        company="Ostsee Monitoring", contact="s.lorenzen@ostsee-monitoring.example.de",
        frm=("Sönke Lorenzen", "s.lorenzen@ostsee-monitoring.example.de"),
        name_enc="q-iso-8859-1",
        subject="Telefoninterview Messtechniker – nicht erreicht", date="2026-01-27 10:31",
        charset="iso-8859-1", cte="8bit", parent="ostsee_smartrecruiters_ack",
        body="""Guten Tag Herr Abara-Le Goff,

wir hatten für heute 10:00 Uhr ein Telefoninterview zur Stelle Messtechniker (m/w/d) Küstengewässer vereinbart. Ich habe Sie um 10:00 Uhr und um 10:10 Uhr unter Ihrer französischen Mobilnummer zu erreichen versucht, leider ohne Erfolg.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir.

Freundliche Grüße
Sönke Lorenzen
Teamleiter Feldmesstechnik
Ostsee Monitoring GmbH, Schwentinestraße 20, 24149 Kiel
Tel. +49 431 6698 320""",
    ),
    # ============================================================ missed, es
    dict(
        kind="missed_interview_notice", slug="trabajocantabrico_esperado", lang="es",
        company="Trabajo Cantábrico", contact="lorena.diego@trabajocantabrico.example.es",
        frm=("Lorena Diego", "lorena.diego@trabajocantabrico.example.es"),
        subject="¿Qué ha pasado esta mañana?", subject_enc="q-utf-8",
        date="2026-03-02 10:17", cte="8bit", parent="trabajocantabrico_alta",
        body="""Hola Corentin:

Te hemos estado esperando en la depuradora del cliente en Camargo a las 9:30 para la entrevista y no has aparecido. El jefe de planta ha esperado hasta las diez menos cuarto y luego ha tenido que irse.

Te he llamado al móvil y no contestas. ¿Estás bien? Llámame en cuanto leas esto para ver si todavía podemos salvarlo.

Lorena
Trabajo Cantábrico ETT · 942 21 87 30""",
    ),
]
