"""Corpus 146, kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), hand-written."""

from __future__ import annotations

from msgs146_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    ME,
    ats_card,
    ics,
    make_adder,
    outlook,
    outlook_html,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []
add = make_adder(MESSAGES)
INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

JULIE = ("Julie Gagnon", "julie.gagnon@logicielsboreal.example.ca")
SYLVIE = ("Sylvie Ouellet", "sylvie.ouellet@uvm.example.ca")
INES = ("Inès Dewulf", "ines.dewulf@atelierkanal.example.be")
PATRICK = ("Patrick Lemaire", "patrick.lemaire@cnm.example.fr")
NADIA = ("Nadia Benali", "nadia.benali@alize-recrutement.example.fr")
AURELIE = ("Aurélie Masson", "aurelie.masson@santeplume.example.fr")
FRED = ("Frédérique Lavoie", "fred.lavoie@pixelerable.example.ca")
CLAIRE = ("Claire Duval-Morin", "claire.duvalmorin@maisoncelestine.example.fr")
EMILY = ("Emily Chen", "emily.chen@northwindledger.example.com")
PRIYA = ("Priya Raman", "priya.raman@tessellate.example.com")
RACHEL = ("Rachel Kim", "rachel.kim@copperline.example.com")
SAM = ("Sam Whitfield", "sam.whitfield@quillhealth.example.com")
LEA = ("Lea Hoffmann", "lea.hoffmann@spreewerk.example.de")
JONAS = ("Jonas Albrecht", "jonas.albrecht@kiezbank.example.de")
MARTA = ("Marta Ruiz Olmedo", "marta.ruiz@cervantesdigital.example.es")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@olatravel.example.es")
HANNAH = ("Hannah Weiss", "hannah.weiss@lindgruen.example.de")

# =========================================================================== invitations, fr

T = """Bonjour Maxime,

Merci d'avoir postulé au poste de chercheur·e UX chez Logiciels Boréal ! Ton parcours de chef d'équipe en café a piqué la curiosité de notre équipe Design.

J'aimerais te proposer un premier appel téléphonique d'environ 30 minutes pour faire connaissance, te présenter l'équipe et répondre à tes questions. Est-ce que jeudi 22 janvier à 10 h (heure de Montréal) te conviendrait ? Sinon, propose-moi deux ou trois plages qui t'arrangent cette semaine ou la suivante.

Tu peux simplement répondre à ce courriel.

Au plaisir de te parler,
Julie Gagnon
Partenaire d'affaires, acquisition de talents – Logiciels Boréal
"""
add(kind=INV, slug="greenhouse_appel_decouverte", lang="fr", company="Logiciels Boréal",
    contact=JULIE[1], key="boreal_screen",
    frm=("Julie Gagnon via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=JULIE,
    subject="Logiciels Boréal – premier appel pour le poste de chercheur·e UX",
    subj_enc=("utf-8", "Q"), date="2026-01-19 15:47", tz="-0500", refs=["boreal_ack"],
    text=T, html=simple_html(T))

CAL = ics("REQUEST", "boreal-panel-0210@logicielsboreal.example.ca", "20260210T183000Z",
          "20260210T200000Z", "Entrevue panel – Chercheur·e UX (Maxime Tremblay-Nguyen)", JULIE,
          attendees=[ME, ("Patrice Morin", "patrice.morin@logicielsboreal.example.ca"),
                     ("Noémie Fortin", "noemie.fortin@logicielsboreal.example.ca")],
          location="Logiciels Boréal, 1250 rue Ottawa, salle Mont-Royal, Montréal",
          description="Entrevue de 90 minutes avec Patrice (directeur Design) et Noémie "
                      "(recherche). 30 min de présentation de ton exercice, puis discussion.",
          stamp="20260203T142000Z")
T = """Bonjour Maxime,

Bonne nouvelle : suite à notre appel du 26 janvier, l'équipe aimerait te rencontrer en personne pour l'étape du panel.

Quand : mardi 10 février 2026, de 13 h 30 à 15 h (HNE)
Où : 1250, rue Ottawa, 4e étage, salle Mont-Royal (demande Julie à l'accueil)
Avec : Patrice Morin, directeur Design, et Noémie Fortin, chercheuse UX

Tu recevras l'énoncé de l'exercice de synthèse demain matin. Prévois environ 30 minutes pour nous le présenter ; le reste sera une discussion plus libre.

L'invitation de calendrier est jointe. Accepte-la pour confirmer ta présence.

Julie
"""
add(kind=INV, slug="panel_invitation_calendrier", lang="fr", company="Logiciels Boréal",
    contact=JULIE[1], key="boreal_panel", frm=JULIE,
    subject="Invitation : Entrevue panel – Chercheur·e UX @ mar. 10 févr. 2026 13:30 - 15:00",
    date="2026-02-03 09:20", tz="-0500", refs=["boreal_ack", "boreal_screen", "boreal_move"],
    text=T, html=simple_html(T), ics=CAL, ics_attach="invite.ics")

T = """Bonjour Maxime,

Nous avons le plaisir de vous inviter à notre centre d'évaluation pour le poste de Conseiller ou conseillère, recherche clientèle (R-22817).

Date : jeudi 12 mars 2026
Heure : de 8 h 30 à 12 h 30
Lieu : Banque Fleurdelys, 500, rue Saint-Jacques Ouest, 9e étage, Montréal

Au programme : une mise en situation individuelle, un exercice en groupe et un court entretien avec deux gestionnaires de l'équipe Expérience client. Apportez une pièce d'identité avec photo.

Merci de confirmer votre présence dans votre espace candidat au plus tard le 6 mars.

Acquisition de talents
Banque Fleurdelys
"""
add(kind=INV, slug="workday_centre_evaluation", lang="fr", company="Banque Fleurdelys",
    key="fleurdelys_centre", frm=("Banque Fleurdelys", "fleurdelys@myworkday.com"),
    subject="Invitation au centre d'évaluation - R-22817", subj_enc=("iso-8859-1", "B"),
    date="2026-03-02 10:05", tz="-0500", refs=["fleurdelys_ack"],
    text=T, html=ats_card("Banque Fleurdelys", T, color="#1b365d",
                          button=("Confirmer ma présence",
                                  "https://fleurdelys.wd3.myworkdayjobs.example.com/candidat"),
                          footer="Ce courriel a été envoyé par un système automatisé."),
    headers=[("Auto-Submitted", "auto-generated")])

T = """Salut Maxime!

C'est Fred, de Pixel Érable. J'ai vu passer ta candidature pour le poste de chercheur·e UX junior et j'ai bien ri en lisant ta lettre sur les « files d'attente comme terrain d'observation ». Ça m'a donné envie d'en savoir plus.

Es-tu libre jeudi après-midi pour qu'on jase une trentaine de minutes? Je peux à 14 h ou à 15 h 30, au studio (Mile-Ex) ou sur Zoom, comme tu préfères.

Fred
--
Frédérique Lavoie
Directrice recherche & stratégie
Pixel Érable – 6500, rue de Saint-Vallier, Montréal
"""
add(kind=INV, slug="libre_jeudi_jaser", lang="fr", company="Pixel Érable",
    contact=FRED[1], key="pixel_chat", frm=FRED,
    subject="Ta candidature chez Pixel Érable", date="2026-04-07 11:32", tz="-0400",
    text=T, cte="8bit")

OLD = """Salut Fred,

Merci encore pour la jasette de jeudi, j'ai adoré voir vos murs de post-it.

Pour la suite, je suis disponible n'importe quel jour la semaine du 20 avril, sauf le mardi matin (je ferme le café).

Maxime"""
T = reply("""Salut Maxime,

Super échange jeudi, l'équipe est partante pour la prochaine étape! On aimerait t'inviter à une journée d'essai rémunérée au studio, le vendredi 24 avril, de 9 h à 16 h.

Le plan : le matin tu observes une séance de tests avec des usagers de la STM, l'après-midi tu fais la synthèse avec Annie et tu nous présentes tes trois principaux constats vers 15 h. Le dîner est sur nous.

Annie (en copie) va t'envoyer le contrat pour la journée et les infos pratiques.

À vendredi!
Fred
""", "fr", "ven. 10 avr. 2026 à 08:05", CANDIDATE_NAME, CANDIDATE_ADDR, OLD)
add(kind=INV, slug="journee_essai_remuneree", lang="fr", company="Pixel Érable",
    contact=FRED[1], key="pixel_trial", frm=FRED,
    cc=[("Annie Roy", "annie.roy@pixelerable.example.ca")],
    subject="Re: Merci pour jeudi!", date="2026-04-14 13:15", tz="-0400",
    refs=["pixel_chat", "sent-pixel-thanks"], text=T, html=simple_html(T))

T = """Bonjour Maxime,

Merci pour votre candidature au poste de Chargé·e d'études clients chez Maison Célestine. Votre profil a retenu notre attention et nous aimerions échanger avec vous lors d'un entretien en visioconférence de 45 minutes avec Claire Duval-Morin, responsable recrutement.

Choisissez dès maintenant le créneau qui vous convient grâce au lien ci-dessous. Les créneaux proposés sont indiqués à l'heure de Paris.

À très bientôt,
L'équipe recrutement Maison Célestine
"""
add(kind=INV, slug="teamtailor_choisir_creneau", lang="fr", company="Maison Célestine",
    contact=CLAIRE[1], key="celestine_invite",
    frm=("Maison Célestine", "no-reply@teamtailor-mail.com"), reply_to=CLAIRE,
    subject="Planifions votre entretien – Chargé·e d'études clients", date="2026-03-17 10:44",
    tz="+0100", refs=["celestine_ack"],
    text=T + "\nChoisir un créneau : https://maisoncelestine.teamtailor.example.com/meetings/8f2c\n",
    html=ats_card("Maison Célestine", T, color="#3b2f2f",
                  button=("Choisir un créneau",
                          "https://maisoncelestine.teamtailor.example.com/meetings/8f2c")),
    headers=[("Auto-Submitted", "auto-generated")])

T = """Bonjour Maxime,

Comme convenu lors de notre échange de mardi, j'ai présenté votre candidature à mon client, une grande maison de parfums parisienne que je ne peux pas encore nommer (le poste n'est pas publié).

Bonne nouvelle : la DRH et la responsable Insights consommateurs souhaitent vous rencontrer en visioconférence.

• Date : mercredi 13 mai 2026
• Heure : 15 h, heure de Paris (9 h à Montréal)
• Durée : 1 heure
• Lien Teams : envoyé par le client la veille

Je vous appellerai lundi pour vous préparer : culture de la maison, questions probables et attentes sur le salaire.

Bien à vous,
Nadia Benali
Consultante senior – Cabinet Alizé Recrutement
06 55 01 42 87
"""
add(kind=INV, slug="cabinet_entretien_client_confidentiel", lang="fr", company="Cabinet Alizé",
    contact=NADIA[1], key="alize_client", frm=NADIA,
    subject="Entretien avec mon client – mercredi 13 mai", date="2026-05-06 18:22", tz="+0200",
    refs=["alize_reg"], text=T, html=outlook_html(T))

CAL = ics("REQUEST", "uvm-26-AR-031-panel@uvm.example.ca", "20260430T140000Z",
          "20260430T153000Z", "Entrevue – concours 26-AR-031", SYLVIE,
          attendees=[ME, ("Hélène Brassard", "helene.brassard@uvm.example.ca")],
          location="Pavillon Roger-Mailhot, local 3.214", stamp="20260421T131000Z",
          description="Comité de sélection : Hélène Brassard (directrice du laboratoire) et "
                      "Sylvie Ouellet (RH).")
T = """Bonjour Monsieur Tremblay-Nguyen,

À la suite de l'analyse des candidatures, nous avons le plaisir de vous convoquer à une entrevue pour le poste d'agent de recherche, Laboratoire d'expérience usager (concours 26-AR-031).

Date : le jeudi 30 avril 2026, à 10 h
Lieu : pavillon Roger-Mailhot, local 3.214
Durée : environ 90 minutes, incluant un exercice écrit de 30 minutes

Le comité de sélection sera composé de Mme Hélène Brassard, directrice du laboratoire, et de moi-même. Une invitation électronique est jointe à ce message.

Veuillez confirmer votre présence en répondant à ce courriel.

Sylvie Ouellet
Conseillère en dotation, Service des ressources humaines
Université Ville-Marie
Tél. : 514 555-0123, poste 4410
"""
add(kind=INV, slug="universite_convocation_comite", lang="fr",
    company="Université Ville-Marie", contact=SYLVIE[1], key="uvm_panel", frm=SYLVIE,
    subject="Convocation à une entrevue - concours 26-AR-031", subj_enc=("iso-8859-1", "Q"),
    date="2026-04-21 09:10", tz="-0400", refs=["uvm_ack"],
    text=T, charset="iso-8859-1", cte="quoted-printable", ics=CAL)

OLD = """Bonjour,

Je vous écris au sujet du poste de chercheur·e UX publié sur votre site. Je suis chef d'équipe dans un café de Montréal depuis quatre ans et je me forme à la recherche utilisateur (certificat en cours, trois projets de tests d'utilisabilité bénévoles). Vous trouverez mon CV et mon portfolio en pièce jointe.

Je serais ravi d'en discuter avec vous.

Maxime Tremblay-Nguyen"""
T = reply("""Bonjour Maxime,

Merci pour ton message et pour le portfolio, on l'a parcouru à trois et on a tous accroché sur tes carnets d'observation du comptoir.

On aimerait te rencontrer en visio pour en parler plus longuement. Je te propose le jeudi 28 mai à 15 h (heure de Bruxelles, donc 9 h chez toi). Il y aura Bart, notre directeur de projets, et moi. Compte une petite heure, voire nonante minutes si on se laisse emporter.

Dis-moi si ça te va et je t'envoie le lien.

À tantôt,
Inès Dewulf
Directrice de création – Atelier Kanal
Quai aux Briques 42, 1000 Bruxelles
""", "fr", "jeu. 14 mai 2026 à 22:03", CANDIDATE_NAME, CANDIDATE_ADDR, OLD)
add(kind=INV, slug="atelier_bruxelles_visio", lang="fr", company="Atelier Kanal",
    contact=INES[1], key="kanal_invite", frm=INES,
    subject="Re: Candidature – chercheur·e UX", date="2026-05-19 10:26", tz="+0200",
    refs=["sent-kanal-application"], text=T)

CAL = ics("REQUEST", "cnm-audition-2026-0528-14@cnm.example.fr", "20260528T123000Z",
          "20260528T131500Z", "Audition – chargé d'études usagers (CNM)", PATRICK,
          location="Visioconférence (lien communiqué par courriel)", stamp="20260512T081500Z")
T = """Monsieur,

Votre candidature au poste de chargé d'études usagers (catégorie A, contractuel, 36 mois) a été retenue par la commission de présélection.

Vous êtes convoqué à une audition devant le jury de sélection le jeudi 28 mai 2026 à 14 h 30 (heure de Paris), en visioconférence. L'audition dure 45 minutes : 10 minutes de présentation de votre parcours, puis un échange avec le jury.

Vous trouverez en pièce jointe votre convocation officielle ainsi qu'une invitation à ajouter à votre agenda. Le lien de connexion vous sera adressé 48 heures avant l'audition.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Patrick Lemaire
Chargé de recrutement – Bureau des ressources humaines
Caisse nationale des mobilités
27, rue de Bercy, 75012 Paris

Ce message électronique et toutes les pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.
"""
add(kind=INV, slug="convocation_jury_pdf", lang="fr",
    company="Caisse nationale des mobilités", contact=PATRICK[1], key="cnm_convocation",
    frm=PATRICK, subject="Convocation – audition du 28 mai 2026", date="2026-05-12 10:15",
    tz="+0200", text=T, ics=CAL,
    attachments=[{"filename": "convocation_audition_CNM_2026-05-28.pdf",
                  "pdf": ["Caisse nationale des mobilités",
                          "Bureau des ressources humaines",
                          "",
                          "CONVOCATION",
                          "M. Maxime Tremblay-Nguyen",
                          "Poste : chargé d'études usagers (catégorie A)",
                          "Audition : jeudi 28 mai 2026, 14 h 30 (heure de Paris)",
                          "Modalité : visioconférence",
                          "Durée : 45 minutes"]}])

T = """Salut Maxime,

On a bien aimé ta candidature pour le poste en recherche joueurs, et on voudrait te jaser ça de vive voix.

Ça te dirait un appel Teams le jeudi 19 mars à 13 h? On serait deux : moi et Gabrielle, notre game designer principale. Une quarantaine de minutes, pas de test technique, on veut surtout t'entendre sur comment tu observes les clients au café.

Le lien : https://teams.example.com/l/meetup-join/vieuxport-recherche

Kev
Kevin Pelletier – Producteur, Jeux Vieux-Port
Québec
"""
add(kind=INV, slug="studio_quebec_teams", lang="fr", company="Jeux Vieux-Port",
    contact="kevin@jeuxvieuxport.example.ca", key="vieuxport_invite",
    frm=("Kevin Pelletier", "kevin@jeuxvieuxport.example.ca"),
    subject="Recherche joueurs - entrevue Teams", date="2026-03-13 16:02", tz="-0400",
    text=T, cte="quoted-printable")

T = """Bonjour Maxime,

Merci pour ce premier échange avec Romain. Nous aimerions poursuivre avec un deuxième entretien, cette fois avec moi et Karima, notre product manager sur l'application patients.

Je vous propose le mardi 19 mai à 16 h (heure de Paris), en visioconférence, pour environ une heure. Nous vous demanderons de nous présenter en 15 minutes comment vous organiseriez une première série d'entretiens avec des pharmaciens ; aucun support n'est exigé, quelques notes suffisent.

Pouvez-vous me confirmer ce créneau ?

Bien cordialement,
Aurélie Masson
Head of Design – Santé Plume
"""
add(kind=INV, slug="deuxieme_entretien_sante", lang="fr", company="Santé Plume",
    contact=AURELIE[1], key="plume_invite", frm=AURELIE,
    subject="Deuxième entretien - UX Researcher", subj_enc=("iso-8859-1", "B"),
    date="2026-05-11 14:48", tz="+0200", text=T, html=simple_html(T))

T = """Cher Monsieur Tremblay-Nguyen,

Suite à l'examen de votre dossier, nous avons le plaisir de vous inviter à la seconde étape de notre procédure de sélection pour la fonction de chercheur UX (h/f/x).

Cette étape comprend une étude de cas et un entretien avec le comité de sélection. Elle aura lieu le mardi 2 juin 2026 à 10 h (heure de Bruxelles) par Teams. Vous recevrez l'énoncé de l'étude de cas 48 heures à l'avance et disposerez de 20 minutes pour nous en présenter les grandes lignes.

Nous vous saurions gré de bien vouloir confirmer votre participation par retour de courriel.

Bien à vous,

Sophie Vandenbroeck
Service du personnel – Mutualité Iris
Rue Royale 214, 1000 Bruxelles
Tél. 02 555 71 30
"""
add(kind=INV, slug="mutualite_etude_de_cas", lang="fr", company="Mutualité Iris",
    contact="sophie.vandenbroeck@mutualite-iris.example.be", key="iris_case",
    frm=("Sophie Vandenbroeck", "sophie.vandenbroeck@mutualite-iris.example.be"),
    subject="Invitation – étude de cas et entretien (réf. MI-2026-07)",
    date="2026-05-20 11:08", tz="+0200", refs=["iris_ack"],
    text=T, html=outlook_html(T), charset="windows-1252", cte="quoted-printable")

# =========================================================================== invitations, en

T = """Hi Maxime,

Thanks for applying to the User Researcher role at Northwind Ledger. We'd love to set up your first interview: a 45-minute video conversation with Marcus Bell, our Research Lead.

Please use the link below to pick a time that works for you. Slots are shown in your local time zone.

If none of the times work, just reply to this email and Emily will find another option.

Northwind Ledger Recruiting
"""
add(kind=INV, slug="ashby_pick_a_time", lang="en", company="Northwind Ledger",
    contact=EMILY[1], key="northwind_pick",
    frm=("Northwind Ledger", "no-reply@ashbyhq.com"), reply_to=EMILY,
    subject="Schedule your interview with Northwind Ledger", date="2026-06-01 14:20",
    tz="+0000", refs=["northwind_ack"],
    text=T + "\nSchedule: https://app.ashbyhq.example.com/northwind/interview/5e1b9a\n",
    html=ats_card("Northwind Ledger", T, color="#0a2540",
                  button=("Pick a time", "https://app.ashbyhq.example.com/northwind/interview/5e1b9a"),
                  footer="Sent with Ashby on behalf of Northwind Ledger"),
    headers=[("Auto-Submitted", "auto-generated")])

T = """Hi Maxime,

Great news: Harbourline Bank would like to meet you for the Customer Insights Associate role.

When: Tuesday, April 14, 2:00-3:00 pm ET
Where: Harbourline Bank, 100 King St W, 30th floor, Toronto (ask for Dana Whitmore at reception)
Who: Dana Whitmore, Director of Customer Insights, and one of her senior analysts

It's a behavioural interview with a short case: they'll show you survey results from a branch and ask what you'd investigate next. Bring a notebook. Given you're coming in from Montreal, they're happy to reimburse the train.

Can you confirm by Friday? I'll call you Monday to prep.

Jordan Okafor
Senior Consultant, Customer & Digital
Brightpath Talent | 416-555-0139
"""
add(kind=INV, slug="agency_books_client_interview", lang="en", company="Harbourline Bank",
    contact="jordan.okafor@brightpathtalent.example.com", key="brightpath_harbourline",
    frm=("Jordan Okafor", "jordan.okafor@brightpathtalent.example.com"),
    subject="Interview confirmed with Harbourline Bank - Tue Apr 14", date="2026-04-08 12:10",
    tz="-0400", refs=["brightpath_reg"], text=T, cte="7bit")

T = """Hi Maxime,

Thanks for applying for the UX Research Coordinator role at Quill Health. I'm the recruiter for the position and I'd like to set up a 20-minute phone screen to learn more about you and walk you through the role.

Would Thursday, March 5 at 1:00 pm ET or Friday, March 6 at 10:30 am ET work for you? If neither does, send me a couple of alternatives.

What number should I call?

Thanks,
Sam Whitfield
Senior Recruiter, Quill Health
"""
add(kind=INV, slug="recruiter_phone_screen", lang="en", company="Quill Health",
    contact=SAM[1], key="quill_screen", frm=SAM,
    subject="Quill Health - quick phone screen?", date="2026-03-02 15:33", tz="-0500",
    refs=["quill_ack"], text=T, html=simple_html(T))

CAL = ics("REQUEST", "tessellate-panel-7731@tessellate.example.com", "20260428T170000Z",
          "20260428T200000Z", "Onsite panel: Maxime Tremblay-Nguyen - UX Researcher", PRIYA,
          attendees=[ME, ("Jess Albright", "jess.albright@tessellate.example.com"),
                     ("Omar Haddad", "omar.haddad@tessellate.example.com")],
          location="Zoom https://zoom.example.com/j/88210042", stamp="20260420T180000Z",
          description="13:00 research plan presentation (Jess)\n13:45 product partnership "
                      "(Omar)\n14:30 break\n14:45 values interview (Priya)")
T = """Hi Maxime,

The team enjoyed your hiring manager conversation, and we'd like to invite you to the final panel for the UX Researcher role.

Tuesday, April 28, 1:00-4:00 pm ET, on Zoom
1:00 Research plan presentation with Jess Albright (Head of Research)
1:45 Product partnership with Omar Haddad (Group PM)
2:30 Break
2:45 Values conversation with me

The research plan prompt is attached to your candidate portal. A calendar invitation follows this message; please accept it so the interviewers see you're confirmed.

Priya Raman
Talent Partner, Tessellate Labs
"""
add(kind=INV, slug="panel_calendar_request", lang="en", company="Tessellate Labs",
    contact=PRIYA[1], key="tessellate_panel", frm=PRIYA,
    subject="Invitation: Onsite panel: Maxime Tremblay-Nguyen - UX Researcher @ Tue Apr 28, "
            "2026 1pm - 4pm (EDT)",
    date="2026-04-20 14:00", tz="-0400", text=T, html=simple_html(T), ics=CAL)

OLD = """Dear Rachel,

Please find attached my application for the Customer Experience Research Analyst position. Over the past six years I have worked in specialty coffee, most recently as a shift lead, where I started running small customer feedback studies for our owners. I am completing a certificate in UX research at night and would love to bring this mix of front-line and research experience to Copperline.

Kind regards,
Maxime Tremblay-Nguyen"""
T = outlook("""Hi Maxime,

Thank you for your application. Tom Becker (Manager, CX Research) and Aaliyah Grant (Senior Researcher) would like to meet you for a first interview.

Wednesday, May 27, 11:00 am - 12:00 pm ET
Microsoft Teams (link in the calendar invitation that will follow)

The conversation will focus on your customer feedback work at the café and on how you'd approach analysing a set of claims calls. No preparation needed beyond that.

Please let me know if the time works.

Best regards,
Rachel Kim
Talent Acquisition Lead | Copperline Insurance
""", "en", "Maxime Tremblay-Nguyen <maxime.tn@example.ca>", "Monday, May 11, 2026 9:12 PM",
    "Rachel Kim <rachel.kim@copperline.example.com>",
    "Application - Customer Experience Research Analyst", OLD)
add(kind=INV, slug="outlook_block_first_interview", lang="en",
    company="Copperline Insurance", contact=RACHEL[1], key="copperline_invite", frm=RACHEL,
    subject="RE: Application - Customer Experience Research Analyst", date="2026-05-19 09:40",
    tz="-0400", refs=["sent-copperline-application"], text=T, html=outlook_html(T))

T = """hey Maxime,

Thanks for the note and the portfolio. The bits about the queue at the café are exactly the kind of thinking we need for our pickup lockers.

Are you free Thursday to chat? I know you're in Montreal; if you happen to be in Toronto, come by the office on Spadina around 11 and I'll buy the coffee (probably worse than yours). Otherwise a video call at the same time works.

Dev
Parcel Owl, co-founder
"""
add(kind=INV, slug="founder_free_thursday", lang="en", company="Parcel Owl",
    contact="dev@parcelowl.example.com", key="parcelowl_chat",
    frm=("Dev Malhotra", "dev@parcelowl.example.com"),
    subject="coffee + research role", date="2026-03-24 23:05", tz="-0400",
    refs=["sent-parcelowl-note"], text=T, cte="7bit")

T = """Hi Maxime,

Thank you for applying to the Junior UX Researcher role at Lindgrün Mobility. We'd like to invite you to the next stage, which has two parts:

1. A short paid research exercise (3 hours, paid at our freelance rate): you'll receive five recordings of riders using our bike-sharing app and write up your main observations.
2. A one-hour debrief interview on Thursday, July 9, at 10:00 CEST with me and Jonas from the product team. We'll call you by phone at the number on your CV, then move to a video link.

Please let me know by Friday whether that works and send me your billing details for the exercise.

Best regards,
Hannah Weiss
Research Operations, Lindgrün Mobility
Schlesische Straße 26, 10997 Berlin
"""
add(kind=INV, slug="paid_exercise_and_debrief", lang="en", company="Lindgrün Mobility",
    contact=HANNAH[1], key="lindgruen_invite", frm=HANNAH, frm_enc=("utf-8", "B"),
    subject="Next step: research exercise and interview", date="2026-07-01 10:12",
    tz="+0200", text=T, html=simple_html(T))

OLD = """Hi Lucía,

Thanks so much for your email! Tuesday works for me. Just to be sure, is 10:00 in Madrid time or in mine (Montreal)?

Best,
Maxime"""
T = reply("""Hi Maxime,

Good question! It's 10:00 Madrid time, so 4:00 in the morning for you, which is clearly not a reasonable hour. Let's do 17:00 Madrid / 11:00 Montreal instead on Tuesday, July 14.

It will be a 45-minute video interview on Google Meet with me and Álvaro, our Head of Product. Link: https://meet.example.com/ola-ux-research

See you Tuesday!
Lucía Ferrer
People Lead | Ola Travel Tech
""", "en", "Wed, Jul 8, 2026 at 7:51 AM", CANDIDATE_NAME, CANDIDATE_ADDR, OLD)
add(kind=INV, slug="timezone_clarified_invite", lang="en", company="Ola Travel Tech",
    contact=LUCIA[1], key="ola_invite", frm=LUCIA,
    subject="Re: Interview for UX Researcher", date="2026-07-08 14:25", tz="+0200",
    refs=["sent-ola-interest", "sent-ola-question"], text=T)

# =========================================================================== invitations, de

CAL = ics("REQUEST", "personio-interview-55120@personio.de", "20260310T150000Z",
          "20260310T160000Z", "Kennenlernen Maxime Tremblay-Nguyen / Spreewerk", LEA,
          attendees=[ME, ("Jan Körber", "jan.koerber@spreewerk.example.de")],
          location="Google Meet https://meet.example.com/spw-ux-kennenlernen",
          stamp="20260303T101500Z")
T = """Hallo Maxime,

vielen Dank für Ihre Bewerbung als UX Researcher (m/w/d). Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Videogespräch ein.

Termin: Dienstag, 10. März 2026, 16:00–17:00 Uhr (MEZ)
Teilnehmende: Jan Körber (Head of Product Design) und Lea Hoffmann (People & Culture)
Ort: Google Meet, der Link steht in der Kalendereinladung

Bitte bestätigen Sie den Termin über die Kalendereinladung oder antworten Sie kurz auf diese E-Mail.

Viele Grüße
Lea Hoffmann
People & Culture, Spreewerk
"""
add(kind=INV, slug="personio_einladung_video", lang="de", company="Spreewerk",
    contact=LEA[1], key="spreewerk_invite", frm=("Spreewerk GmbH", "noreply@personio.de"),
    reply_to=LEA, subject="Einladung zum Kennenlernen – UX Researcher (m/w/d)",
    date="2026-03-03 11:15", tz="+0100", refs=["spreewerk_ack"],
    text=T, html=ats_card("Spreewerk", T, color="#0b6e4f"), ics=CAL, ics_attach="einladung.ics")

T = """Sehr geehrter Herr Tremblay-Nguyen,

vielen Dank für Ihr Interesse an der Position "Customer Insights Analyst (m/w/d)". Wir möchten Sie gerne zu einem Videointerview einladen.

Termin: Dienstag, 21. April 2026, 11:00 Uhr (MESZ)
Dauer: ca. 45 Minuten
Gesprächspartner: Jonas Albrecht (Recruiting) und Dr. Ayşe Demir (Leitung Kundenforschung)
Plattform: Microsoft Teams – den Link finden Sie in Ihrem Bewerberportal

Bitte nehmen Sie den Termin im Portal an oder schlagen Sie dort einen Alternativtermin vor.

Wir freuen uns auf das Gespräch.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kiezbank
"""
add(kind=INV, slug="softgarden_videointerview", lang="de", company="Kiezbank",
    key="kiezbank_invite", frm=("Kiezbank Karriere", "noreply@softgarden.io"),
    subject="Einladung zum Videointerview - Customer Insights Analyst", date="2026-04-14 08:55",
    tz="+0200", refs=["kiezbank_ack"],
    text=T, html=ats_card("Kiezbank", T, color="#e30613",
                          button=("Zum Bewerberportal", "https://kiezbank.softgarden.example.io/"),
                          footer="Diese Nachricht wurde automatisch erstellt."),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

T = """Hallo Maxime,

gute Nachrichten: Unser Kunde, die Vogelsang Versicherung, möchte Sie für die Stelle "Customer Experience Researcher (m/w/d)" gerne kennenlernen.

Das Gespräch findet am Dienstag, 18. August, um 15:00 Uhr (Berliner Zeit) per Teams statt, also 9:00 Uhr bei Ihnen in Montréal. Dabei sind Frau Dr. Katrin Vogt (HR Business Partnerin) und Herr Oliver Sander (Leiter Kundenservice Digital).

Ich rufe Sie am Freitag kurz an, um das Gespräch mit Ihnen vorzubereiten. Passt Ihnen 16:00 Uhr unserer Zeit?

Beste Grüße
Miriam Yilmaz
Senior Consultant | Hauptstadt Talente
+49 30 555 27 41
"""
add(kind=INV, slug="agentur_kunde_genannt", lang="de", company="Vogelsang Versicherung",
    contact="miriam.yilmaz@hauptstadt-talente.example.de", key="hauptstadt_vogelsang",
    frm=("Miriam Yilmaz", "miriam.yilmaz@hauptstadt-talente.example.de"),
    subject="Vorstellungsgespräch bei Vogelsang am 18.08.", date="2026-08-10 13:40", tz="+0200",
    refs=["hauptstadt_reg"], text=T, cte="quoted-printable")

# =========================================================================== invitations, es

T = """Hola, Maxime:

Gracias por tu candidatura al puesto de UX Researcher en Cervantes Digital. Nos ha gustado mucho tu perfil y nos encantaría conocerte.

Te proponemos una entrevista por videollamada el lunes 13 de julio a las 17:00 (hora de Madrid), que son las 11:00 en Montreal. Estaremos Sergio, responsable de Diseño, y yo. Durará unos 45 minutos.

Enlace de Google Meet: https://meet.example.com/cervantes-ux-maxime

¿Te viene bien? Si no, dime qué otras franjas tienes libres esa semana.

Un saludo,
Marta Ruiz Olmedo
Talent Acquisition | Cervantes Digital
"""
add(kind=INV, slug="videollamada_meet", lang="es", company="Cervantes Digital",
    contact=MARTA[1], key="cervantes_invite", frm=MARTA,
    subject="Entrevista UX Researcher - Cervantes Digital", date="2026-07-06 12:30", tz="+0200",
    refs=["cervantes_ack"], text=T, html=simple_html(T))

T = """Estimado Maxime:

Nos complace invitarle a la jornada de evaluación virtual para el puesto de Analista de Experiencia de Cliente (ref. BA-2026-0318).

Fecha: miércoles 10 de junio de 2026
Horario: de 15:00 a 18:00 (hora peninsular), de 9:00 a 12:00 en Montreal
Formato: Microsoft Teams

La jornada incluye una dinámica de grupo, un caso práctico individual y una entrevista por competencias con el equipo de Experiencia de Cliente. Recibirá el enlace 24 horas antes.

Le rogamos que confirme su asistencia respondiendo a este correo.

Irene Navarro
Selección y Desarrollo – Banco Alcázar
"""
add(kind=INV, slug="jornada_evaluacion_banco", lang="es", company="Banco Alcázar",
    contact="irene.navarro@bancoalcazar.example.es", key="alcazar_assessment",
    frm=("Banco Alcázar - Selección", "no-reply@successfactors.eu"),
    reply_to=("Irene Navarro", "irene.navarro@bancoalcazar.example.es"),
    subject="Convocatoria: jornada de evaluación BA-2026-0318", subj_enc=("utf-8", "B"),
    date="2026-06-01 10:30", tz="+0200", refs=["alcazar_ack"],
    text=T, html=ats_card("Banco Alcázar", T, color="#8a1538"))

# =========================================================================== reschedules, fr

T = """Bonjour Maxime,

Désolée de te faire faux bond : je suis clouée au lit avec une grippe depuis hier soir et je n'aurai pas la voix pour notre appel de demain, jeudi 22 janvier à 10 h.

Est-ce qu'on peut le déplacer au lundi 26 janvier, même heure ? Si ça ne te convient pas, propose-moi un autre moment et je m'arrange.

Merci de ta compréhension,
Julie
"""
add(kind=RES, slug="recruteuse_malade_appel_deplace", lang="fr", company="Logiciels Boréal",
    contact=JULIE[1], key="boreal_move", frm=JULIE,
    subject="Notre appel de demain – changement d'heure", date="2026-01-21 17:12",
    tz="-0500", refs=["boreal_ack", "boreal_screen"], text=T, cte="8bit")

CAL = ics("CANCEL", "celestine-entretien-3f9a@maisoncelestine.example.fr", "20260326T140000Z",
          "20260326T144500Z", "Entretien Maxime Tremblay-Nguyen / Maison Célestine", CLAIRE,
          sequence=1, stamp="20260324T091200Z", location="Google Meet")
T = """Bonjour Maxime,

Je dois malheureusement annuler notre entretien de ce jeudi 26 mars. La direction revoit en ce moment l'ensemble des budgets de recrutement et je ne peux pas m'engager sur la suite tant que ce point n'est pas tranché.

Votre candidature reste bien sûr active et je reviens vers vous dès que j'y vois plus clair, normalement d'ici deux à trois semaines.

Toutes mes excuses pour ce contretemps.

Claire Duval-Morin
Responsable recrutement – Maison Célestine
"""
add(kind=RES, slug="annulation_calendrier_budget", lang="fr", company="Maison Célestine",
    contact=CLAIRE[1], key="celestine_cancel", frm=CLAIRE,
    subject="Annulé : Entretien Maxime Tremblay-Nguyen / Maison Célestine @ jeu. 26 mars 2026 "
            "15:00 - 15:45 (CET)",
    date="2026-03-24 10:12", tz="+0100", refs=["celestine_ack", "celestine_invite"],
    text=T, html=simple_html(T), ics=CAL)

T = """Salut Maxime,

Petit pépin de notre bord : le client débarque au studio vendredi pour une revue de projet, et toute l'équipe va être mobilisée. On doit donc décaler ta journée d'essai.

Est-ce que le vendredi 1er mai, même horaire (9 h à 16 h), ferait ton affaire? Si c'est compliqué avec tes quarts au café, dis-le-moi et on trouve autre chose.

Désolée pour le changement de dernière minute!
Fred
"""
add(kind=RES, slug="journee_essai_decalee", lang="fr", company="Pixel Érable",
    contact=FRED[1], key="pixel_move", frm=FRED,
    subject="Changement pour ta journée d'essai", date="2026-04-20 08:31", tz="-0400",
    refs=["pixel_chat", "pixel_trial"], text=T, cte="quoted-printable")

CAL = ics("REQUEST", "uvm-26-AR-031-panel@uvm.example.ca", "20260430T173000Z",
          "20260430T190000Z", "Entrevue – concours 26-AR-031 (nouvelle heure)", SYLVIE,
          attendees=[ME, ("Hélène Brassard", "helene.brassard@uvm.example.ca")],
          location="Pavillon Roger-Mailhot, salle de conférence B-120", sequence=1,
          stamp="20260427T150500Z")
T = """Bonjour Monsieur Tremblay-Nguyen,

Je vous informe d'un changement concernant votre entrevue du jeudi 30 avril 2026 (concours 26-AR-031) :

- nouvelle heure : 13 h 30 (au lieu de 10 h)
- nouveau local : salle de conférence B-120, pavillon Roger-Mailhot

La durée et la composition du comité demeurent les mêmes. L'invitation de calendrier ci-jointe remplace la précédente.

Merci de me confirmer que ce nouvel horaire vous convient.

Sylvie Ouellet
Conseillère en dotation, Service des ressources humaines
Université Ville-Marie
"""
add(kind=RES, slug="mise_a_jour_sequence", lang="fr", company="Université Ville-Marie",
    contact=SYLVIE[1], key="uvm_update", frm=SYLVIE,
    subject="Invitation mise à jour : Entrevue – concours 26-AR-031 @ jeu. 30 avr. 2026 13:30",
    date="2026-04-27 11:05", tz="-0400", refs=["uvm_ack", "uvm_panel"],
    text=T, ics=CAL, ics_attach="invitation.ics")

T = """Bonjour Maxime,

Mauvaise nouvelle de mon côté : Bart est malade depuis hier et il tenait à être présent. On doit donc reporter notre entretien de jeudi. Je reviens vers toi dès qu'il va mieux avec deux ou trois créneaux la semaine prochaine.

Désolée pour le contretemps !
Inès

--
Inès Dewulf
Directrice de création – Atelier Kanal
Quai aux Briques 42, 1000 Bruxelles
"""
add(kind=RES, slug="report_interlocuteur_malade", lang="fr", company="Atelier Kanal",
    contact=INES[1], key="kanal_postpone", frm=INES,
    subject="Report de notre entretien", date="2026-05-26 09:14", tz="+0200",
    refs=["sent-kanal-application", "kanal_invite"], text=T)

CAL = ics("CANCEL", "cnm-audition-2026-0528-14@cnm.example.fr", "20260528T123000Z",
          "20260528T131500Z", "Audition – chargé d'études usagers (CNM)", PATRICK,
          sequence=1, stamp="20260526T071000Z")
T = """Monsieur,

En raison de l'indisponibilité d'un membre du jury, l'audition prévue le jeudi 28 mai 2026 à 14 h 30 est annulée.

Cette annulation ne préjuge en rien de la suite donnée à votre candidature : une nouvelle convocation vous sera adressée dans les prochains jours, pour une audition qui devrait se tenir début juin.

Nous vous prions de nous excuser pour ce désagrément.

Patrick Lemaire
Chargé de recrutement - Bureau des ressources humaines
Caisse nationale des mobilités

Ce message électronique et toutes les pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.
"""
add(kind=RES, slug="audition_annulee_jury", lang="fr",
    company="Caisse nationale des mobilités", contact=PATRICK[1], key="cnm_cancel",
    frm=PATRICK, subject="Annulation - audition du 28 mai 2026", subj_enc=("iso-8859-1", "Q"),
    date="2026-05-26 09:10", tz="+0200", refs=["cnm_convocation"], text=T, ics=CAL,
    charset="iso-8859-1", cte="quoted-printable")

T = """Bonjour Maxime,

Merci pour votre message et pour vos explications, ce sont des choses qui arrivent.

J'ai pu échanger avec la DRH de mon client, qui accepte de vous revoir. Le nouvel entretien aura lieu le vendredi 22 mai à 15 h, heure de Paris (9 h pour vous), toujours sur Teams, avec les mêmes interlocutrices. Elles enverront un nouveau lien jeudi.

Je vous appelle jeudi à 16 h (heure de Paris) pour un dernier point ; merci de garder votre téléphone à portée de main cette fois-ci !

Bien à vous,
Nadia Benali
Consultante senior – Cabinet Alizé Recrutement
"""
add(kind=RES, slug="cabinet_nouveau_creneau_client", lang="fr", company="Cabinet Alizé",
    contact=NADIA[1], key="alize_new", frm=NADIA,
    subject="Nouveau créneau avec mon client – vendredi 22 mai", date="2026-05-15 12:04",
    tz="+0200", refs=["alize_reg", "alize_client", "alize_missed", "sent-alize-sorry"],
    text=T, html=outlook_html(T))

OLD = """Bonjour Maxime,

Merci pour ce premier échange avec Romain. Nous aimerions poursuivre avec un deuxième entretien, cette fois avec moi et Karima, notre product manager sur l'application patients.

Je vous propose le mardi 19 mai à 16 h (heure de Paris), en visioconférence, pour environ une heure."""
T = reply("""Bonjour Maxime,

Merci pour votre confirmation. Karima vient de m'informer qu'elle sera en comité produit jusqu'à 16 h 45 mardi : pourrions-nous décaler notre entretien d'une heure, soit mardi 19 mai à 17 h (heure de Paris) ?

Le format ne change pas. Je vous envoie le nouveau lien dès votre accord.

Bien cordialement,
Aurélie Masson
Head of Design – Santé Plume
""", "fr", "lun. 11 mai 2026 à 14:48", AURELIE[0], AURELIE[1], OLD)
add(kind=RES, slug="decale_d_une_heure", lang="fr", company="Santé Plume",
    contact=AURELIE[1], key="plume_move", frm=AURELIE,
    subject="Re: Deuxième entretien - UX Researcher", date="2026-05-15 09:51", tz="+0200",
    refs=["plume_invite", "sent-plume-confirm"], text=T, cte="quoted-printable")

# =========================================================================== reschedules, en

CAL = ics("REQUEST", "northwind-int-5e1b9a@northwindledger.example.com", "20260611T190000Z",
          "20260611T194500Z", "Interview: Maxime Tremblay-Nguyen <> Marcus Bell (Northwind Ledger)",
          EMILY, attendees=[ME, ("Marcus Bell", "marcus.bell@northwindledger.example.com")],
          location="Google Meet https://meet.example.com/nwl-research-interview", sequence=1,
          stamp="20260608T153000Z",
          description="Moved from Wed Jun 10 because Marcus is travelling. Same link.")
T = """Hi Maxime,

Marcus has to travel to our Vancouver office on Wednesday, so we've moved your interview to Thursday, June 11, 3:00-3:45 pm ET. Same Google Meet link, same format.

The updated calendar invitation is attached. If Thursday doesn't work, let me know and I'll send you new options.

Thanks for your flexibility,
Emily Chen
Recruiting Coordinator, Northwind Ledger
"""
add(kind=RES, slug="updated_invitation_sequence", lang="en", company="Northwind Ledger",
    contact=EMILY[1], key="northwind_move", frm=EMILY,
    subject="Updated invitation: Interview: Maxime Tremblay-Nguyen <> Marcus Bell @ Thu Jun 11, "
            "2026 3pm - 3:45pm (EDT)",
    date="2026-06-08 11:30", tz="-0400", refs=["northwind_ack", "northwind_pick"],
    text=T, html=simple_html(T), ics=CAL)

CAL = ics("CANCEL", "copperline-int-0527@copperline.example.com", "20260527T150000Z",
          "20260527T160000Z", "Interview - CX Research Analyst - Maxime Tremblay-Nguyen", RACHEL,
          sequence=2, stamp="20260526T133000Z")
T = """Hi Maxime,

I'm sorry for the late notice: Tom has been called away for a family matter and we need to cancel tomorrow's interview (Wednesday, May 27 at 11:00).

This has nothing to do with your application. We're still very keen to meet you, and I'll come back to you early next week with a few new times once Tom's schedule is clear.

Thank you for understanding,
Rachel Kim
Talent Acquisition Lead | Copperline Insurance
"""
add(kind=RES, slug="outlook_canceled_meeting", lang="en", company="Copperline Insurance",
    contact=RACHEL[1], key="copperline_cancel", frm=RACHEL,
    subject="Canceled: Interview - CX Research Analyst - Maxime Tremblay-Nguyen",
    date="2026-05-26 09:30", tz="-0400", refs=["copperline_invite"],
    html=outlook_html(T), ics=CAL)

T = """Hi Maxime,

Your interview for UX Researcher at Tessellate Labs has been rescheduled.

New time: Wednesday, April 29, 2026, 1:00 pm - 4:00 pm EDT
Previous time: Tuesday, April 28, 2026, 1:00 pm - 4:00 pm EDT
Location: Zoom (unchanged)

Jess had a conflict come up with a board meeting, so we shifted the whole panel by one day. An updated calendar invitation will arrive separately. Reply to this email if the new time doesn't work.

Priya Raman
Talent Partner, Tessellate Labs
"""
add(kind=RES, slug="greenhouse_rescheduled_notice", lang="en", company="Tessellate Labs",
    contact=PRIYA[1], key="tessellate_move",
    frm=("Priya Raman via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=PRIYA,
    subject="Interview rescheduled: UX Researcher at Tessellate Labs", date="2026-04-24 16:45",
    tz="+0000", refs=["tessellate_panel"],
    text=T, html=ats_card("Tessellate Labs", T, color="#24292f"))

OLD = """Hi Sam,

Thank you for reaching out! I'd love to talk. Unfortunately I'm on shift at the café on both Thursday and Friday during those hours and can't swap this week. Would Monday, March 9 any time before 2 pm ET work instead?

My number is 514 555-0147.

Best,
Maxime"""
T = reply("""Hi Maxime,

No problem at all. Let's move it to Monday, March 9 at 11:30 am ET. I'll call you at 514 555-0147; it should take about 20 minutes.

Talk then,
Sam
""", "en", "Tue, Mar 3, 2026 at 6:40 PM", CANDIDATE_NAME, CANDIDATE_ADDR, OLD)
add(kind=RES, slug="screen_moved_on_request", lang="en", company="Quill Health",
    contact=SAM[1], key="quill_move", frm=SAM,
    subject="Re: Quill Health - quick phone screen?", date="2026-03-04 08:02", tz="-0500",
    refs=["quill_ack", "quill_screen", "sent-quill-reschedule"], text=T, cte="7bit")

# =========================================================================== reschedules, de

OLD = """Hallo Herr Albrecht,

es tut mir sehr leid wegen heute Vormittag. Ich hatte den Termin versehentlich in meiner Zeitzone eingetragen und war um 11 Uhr Montréal-Zeit bereit. Wäre ein neuer Termin möglich?

Viele Grüße
Maxime Tremblay-Nguyen"""
T = reply("""Hallo Herr Tremblay-Nguyen,

danke für Ihre schnelle Nachricht, das kann bei sechs Stunden Zeitunterschied passieren.

Wir bieten Ihnen gerne einen neuen Termin an: Mittwoch, 29. April 2026, um 15:00 Uhr unserer Zeit (9:00 Uhr in Montréal), wieder über Teams mit Frau Dr. Demir und mir. Den neuen Link schicke ich Ihnen am Vortag.

Bitte bestätigen Sie kurz, ob das passt.

Freundliche Grüße
Jonas Albrecht
Recruiting | Kiezbank eG
Oranienstraße 185, 10999 Berlin
""", "de", "21.04.2026 um 18:02", CANDIDATE_NAME, CANDIDATE_ADDR, OLD)
add(kind=RES, slug="neuer_termin_nach_verpasst", lang="de", company="Kiezbank",
    contact=JONAS[1], key="kiezbank_new", frm=JONAS,
    subject="AW: Unser Termin heute", date="2026-04-23 10:17", tz="+0200",
    refs=["kiezbank_invite", "kiezbank_missed", "sent-kiezbank-termin"],
    text=T, cte="quoted-printable")

CAL = ics("REQUEST", "personio-interview-55120@personio.de", "20260312T150000Z",
          "20260312T160000Z", "Kennenlernen Maxime Tremblay-Nguyen / Spreewerk", LEA,
          attendees=[ME, ("Jan Körber", "jan.koerber@spreewerk.example.de")],
          location="Google Meet https://meet.example.com/spw-ux-kennenlernen", sequence=1,
          stamp="20260306T084000Z")
T = """Hallo Maxime,

leider muss ich unser Kennenlernen am Dienstag verschieben: Jan ist kurzfristig auf einer Konferenz in München.

Neuer Termin: Donnerstag, 12. März 2026, 16:00–17:00 Uhr (MEZ), gleicher Meet-Link. Die aktualisierte Kalendereinladung hängt an.

Falls der Donnerstag nicht passt, melden Sie sich gerne, dann finden wir eine andere Lösung.

Viele Grüße
Lea Hoffmann
People & Culture, Spreewerk
"""
add(kind=RES, slug="terminverschiebung_kalender", lang="de", company="Spreewerk",
    contact=LEA[1], key="spreewerk_move", frm=LEA,
    subject="Aktualisierte Einladung: Kennenlernen Maxime Tremblay-Nguyen / Spreewerk "
            "@ Do 12. März 2026 16:00",
    subj_enc=("utf-8", "B"), date="2026-03-06 09:40", tz="+0100",
    refs=["spreewerk_ack", "spreewerk_invite"], text=T, ics=CAL, ics_attach="einladung.ics")

# =========================================================================== reschedules, es

T = """Hola, Maxime:

Gracias por escribirme y no te preocupes, entiendo perfectamente lo del cambio de turno en la cafetería.

Te propongo una nueva fecha para la entrevista: jueves 23 de julio a las 17:00 (hora de Madrid), las 11:00 en Montreal. Mismo enlace de Meet y mismas personas, Sergio y yo.

Confírmame cuando puedas.

Un saludo,
Marta
"""
add(kind=RES, slug="nueva_fecha_tras_ausencia", lang="es", company="Cervantes Digital",
    contact=MARTA[1], key="cervantes_new", frm=MARTA,
    subject="Re: Entrevista UX Researcher - Cervantes Digital", date="2026-07-15 10:05",
    tz="+0200", refs=["cervantes_invite", "cervantes_missed", "sent-cervantes-sorry"],
    text=T, cte="8bit")

# =========================================================================== missed, fr

T = """Bonjour Maxime,

La DRH de mon client et sa responsable Insights vous ont attendu sur Teams cet après-midi à 15 h (heure de Paris). Je vous ai ensuite appelé deux fois, à 15 h 10 puis à 15 h 20, sans parvenir à vous joindre, et je vous ai laissé un message vocal.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me rappeler ou m'écrire rapidement pour me dire ce qui s'est passé ? Je ferai mon possible pour obtenir un nouveau créneau, mais je ne peux rien promettre.

Nadia Benali
Consultante senior – Cabinet Alizé Recrutement
06 55 01 42 87
"""
add(kind=MIS, slug="cabinet_client_attendu_teams", lang="fr", company="Cabinet Alizé",
    contact=NADIA[1], key="alize_missed", frm=NADIA,
    subject="Votre entretien de cet après-midi", date="2026-05-13 15:41", tz="+0200",
    refs=["alize_reg", "alize_client"], text=T, html=outlook_html(T))

T = """Bonjour M. Tremblay-Nguyen,

Nous vous attendions ce matin à 10 h à la librairie pour votre entrevue avec Denis Bouchard, notre directeur, pour le poste de responsable de l'expérience client. Nous n'avons pas eu de vos nouvelles.

S'il s'agit d'un imprévu, faites-nous signe d'ici vendredi ; Denis pourrait vous recevoir la semaine prochaine.

Cordialement,
Chantal Bérubé
Adjointe administrative
Librairie Saint-Roch
410, rue Saint-Joseph Est, Québec (Québec) G1K 3B6
418 555-0199
"""
add(kind=MIS, slug="librairie_attendu_en_personne", lang="fr", company="Librairie Saint-Roch",
    contact="chantal.berube@librairiesaintroch.example.ca",
    frm=("Chantal Bérubé", "chantal.berube@librairiesaintroch.example.ca"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Entrevue de ce matin", date="2026-02-25 11:47", tz="-0500",
    text=T, charset="windows-1252", cte="quoted-printable")

T = """Bonjour Maxime,

Nous vous attendions sur Teams ce matin à 9 h pour l'entrevue de présélection au poste d'agent, expérience membre. Nous sommes restées connectées une quinzaine de minutes, mais vous ne vous êtes pas joint à la rencontre.

Si vous êtes toujours intéressé par le poste, écrivez-moi d'ici jeudi midi pour m'expliquer ce qui s'est passé.

Geneviève Paré
Conseillère principale, ressources humaines
Caisse Solidaire Rosemont
"""
add(kind=MIS, slug="caisse_teams_presselection", lang="fr",
    company="Caisse Solidaire Rosemont",
    contact="genevieve.pare@caisserosemont.example.ca",
    frm=("Geneviève Paré", "genevieve.pare@caisserosemont.example.ca"),
    subject="Entrevue de présélection de ce matin", subj_enc=("utf-8", "B"),
    date="2026-03-10 10:02", tz="-0400", refs=["rosemont_ack"],
    text=T, html=simple_html(T))

T = """Bonjour Maxime,

Nous avions rendez-vous hier à 17 h (heure de Paris) sur Google Meet pour votre entretien pour le poste de UX Researcher junior. Nous vous avons attendu une vingtaine de minutes avec Hugo, sans nouvelles de votre part.

Peut-être un souci de décalage horaire ? Dites-moi ce qu'il en est, et je verrai avec l'équipe si un autre créneau est envisageable.

Léa Fontaine
Talent & Office Manager – Studio Ardoise
"""
add(kind=MIS, slug="agence_paris_meet_attendu", lang="fr", company="Studio Ardoise",
    contact="lea.fontaine@studioardoise.example.fr", key="ardoise_missed",
    frm=("Léa Fontaine", "lea.fontaine@studioardoise.example.fr"),
    subject="Notre entretien d'hier", date="2026-06-24 09:18", tz="+0200",
    html=simple_html(T))

T = """Bonjour Maxime,

Nous avions prévu un appel ce mardi à 9 h 30 (heure de Bruxelles) pour faire connaissance dans le cadre de votre candidature chez Zinneke Data. J'ai essayé à deux reprises au +1 514 555-0147, mais vous n'étiez pas joignable et je n'ai pas pu laisser de message.

Pourriez-vous me dire si vous souhaitez toujours poursuivre ? Le cas échéant, proposez-moi deux moments qui vous conviennent la semaine prochaine.

Bien à vous,
Thomas Leclercq
Coordinateur – Zinneke Data (coopérative)
Rue de Flandre 46, 1000 Bruxelles
"""
add(kind=MIS, slug="coop_bruxelles_pas_joignable", lang="fr", company="Zinneke Data",
    contact="thomas.leclercq@zinnekedata.example.be",
    frm=("Thomas Leclercq", "thomas.leclercq@zinnekedata.example.be"),
    subject="Appel manqué - votre candidature", subj_enc=("iso-8859-1", "B"),
    date="2026-09-08 10:20", tz="+0200", text=T, cte="base64")

# =========================================================================== missed, en

T = """Hi Maxime,

We had you scheduled for a video interview this afternoon at 2:00 pm ET for the Research Analyst position. Luis and I waited on Teams for 15 minutes but didn't see you join.

I hope everything is alright. If you're still interested in the role, please reply by Friday and let me know what happened; I can't guarantee another slot, but I'll ask the hiring manager.

Aisha Mensah
Talent Acquisition, Granite Peak Analytics
"""
add(kind=MIS, slug="waited_on_teams", lang="en", company="Granite Peak Analytics",
    contact="aisha.mensah@granitepeak.example.com",
    frm=("Aisha Mensah", "aisha.mensah@granitepeak.example.com"),
    subject="Missed interview today - Research Analyst", date="2026-08-12 14:31", tz="-0400",
    refs=["granitepeak_ack"], text=T, html=outlook_html(T))

T = """Hi Maxime,

We were due to start your debrief interview today at 10:00 CEST. I tried calling you twice at 10:00 and 10:05 on +1 514 555-0147 but couldn't get through, and we didn't see you on the video link either.

I realise 10:00 in Berlin is 4:00 in Montreal. That's on me, I should have caught it when I proposed the time. Could you let me know if you're still up for it? We'd be happy to find a slot in our afternoon.

Best,
Hannah
"""
add(kind=MIS, slug="tried_calling_twice", lang="en", company="Lindgrün Mobility",
    contact=HANNAH[1], key="lindgruen_missed", frm=HANNAH,
    subject="We missed you this morning", date="2026-07-09 10:40", tz="+0200",
    refs=["lindgruen_invite"], text=T, cte="quoted-printable")

T = """Hi Maxime,

We had you down for a video interview this morning at 10:00 Madrid time with me and Álvaro, and we waited on Google Meet for about fifteen minutes. I hope everything is OK on your side!

If something came up, just let me know and we'll see what we can do.

Lucía
"""
add(kind=MIS, slug="waited_on_meet_madrid", lang="en", company="Ola Travel Tech",
    contact=LUCIA[1], key="ola_missed", frm=LUCIA, frm_enc=("utf-8", "Q"),
    subject="Our interview this morning", date="2026-07-14 10:31", tz="+0200",
    refs=["ola_invite"], text=T, html=simple_html(T))

# =========================================================================== missed, de

T = """Sehr geehrter Herr Tremblay-Nguyen,

wir haben Sie heute um 11:00 Uhr zu unserem Videointerview im Teams-Meeting erwartet. Frau Dr. Demir und ich waren bis 11:20 Uhr eingewählt, leider ohne Sie anzutreffen.

Falls etwas dazwischengekommen ist, geben Sie uns bitte bis Donnerstag Bescheid. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle haben.

Freundliche Grüße
Jonas Albrecht
Recruiting | Kiezbank eG
"""
add(kind=MIS, slug="im_teams_erwartet", lang="de", company="Kiezbank",
    contact=JONAS[1], key="kiezbank_missed", frm=JONAS,
    subject="Unser Termin heute", date="2026-04-21 11:35", tz="+0200",
    refs=["kiezbank_invite"], text=T, cte="quoted-printable")

# =========================================================================== missed, es

T = """Hola, Maxime:

Hoy a las 17:00 te estuvimos esperando en Meet Sergio y yo para la entrevista, pero no llegaste a conectarte. Te escribí también por LinkedIn por si había algún problema con el enlace.

¿Ha pasado algo? Si sigues interesado en el puesto, dímelo y miramos otra fecha.

Marta
"""
add(kind=MIS, slug="te_esperamos_en_meet", lang="es", company="Cervantes Digital",
    contact=MARTA[1], key="cervantes_missed", frm=MARTA,
    subject="Entrevista de hoy", date="2026-07-13 17:34", tz="+0200",
    refs=["cervantes_invite"], text=T, cte="8bit")

counts = {k: sum(1 for m in MESSAGES if m["kind"] == k) for k in (INV, RES, MIS)}
assert counts == {INV: 26, RES: 15, MIS: 10}, counts
assert CANDIDATE_ADDR
