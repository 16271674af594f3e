"""Corpus 284, kind `rejection`: 31 hand-written messages (15 fr, 8 en, 4 de, 4 es)."""

from msgs284_common import CANDIDATE, forward_block, outlook_block, pdf, reply_quote

C_NAME, C_ADDR = CANDIDATE

MESSAGES = [
    # ------------------------------------------------------------------ fr
    dict(
        kind="rejection", slug="marinova_taleo_final", lang="fr",
        company="Marinova", contact="",
        frm=("Groupe Marinova - Carrières", "marinova@taleo.net"), tz="utc",
        subject="Votre candidature – Technicien environnement H/F (réf. 2604-118)",
        date="2026-07-15 06:02", parts="html", shell="card",
        shell_opts=dict(brand="Groupe Marinova · Carrières", color="#00395d",
                        footer="Ce message est généré automatiquement, merci de ne pas y répondre.\n"
                               "Groupe Marinova – Quai de la Fosse, 44000 Nantes"),
        headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Oracle Taleo Enterprise")],
        body="""Bonjour Corentin,

Nous vous remercions pour l'intérêt que vous portez au Groupe Marinova et pour le temps que vous avez consacré à notre processus de recrutement pour le poste de Technicien environnement H/F sur le site de Nantes-Cheviré.

À l'issue de la phase de sélection, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Votre profil reste enregistré dans notre base pendant 24 mois, sauf opposition de votre part. Nos autres opportunités sont consultables à tout moment sur https://marinova.taleo.net/careersection/ext/jobsearch.ftl

Nous vous souhaitons pleine réussite dans vos démarches.

La Direction des Ressources Humaines
Groupe Marinova""",
    ),
    dict(
        kind="rejection", slug="marhalys_after_interview", lang="fr",
        company="Laboratoire Marhalys", contact="erwan.kerjean@marhalys.example.fr",
        frm=("Erwan Kerjean", "erwan.kerjean@marhalys.example.fr"),
        subject="Re: Merci pour ce matin",
        date="2026-04-03 11:15", charset="windows-1252", cte="quoted-printable",
        parent="marhalys_resched",
        body="""Bonjour Corentin,

Merci pour votre message et pour le temps que vous nous avez accordé mardi. Votre expérience sur les parcs m’a réellement intéressé, et l’équipe a apprécié votre franchise sur ce que vous ne maîtrisez pas encore.

Nous avons toutefois choisi une candidate qui a déjà deux ans de paillasse en microbiologie des eaux : sur ce poste, il faudra être autonome sur les dénombrements dès la mise en œuvre de la nouvelle accréditation, et c’est ce qui a fait la différence. Je suis désolé que la réponse ne soit pas celle que vous espériez.

Si un poste de préleveur s’ouvre à l’automne, je vous préviendrai directement.

Bien cordialement,

Erwan Kerjean
Responsable technique – Laboratoire Marhalys
ZA de Kergaradec, 29490 Guipavas
Tél. 02 98 47 63 10

""" + reply_quote("fr", "2026-03-31 19:02", C_NAME, C_ADDR, """Bonjour Monsieur Kerjean,

Merci encore pour l'entretien de ce matin et pour la visite du laboratoire. Voir la chaîne de réception des échantillons m'a conforté dans mon envie de rejoindre votre équipe.

Je reste à votre disposition si vous souhaitez un complément, notamment sur les suivis de salinité que je réalisais sur mes parcs.

Bien cordialement,
Corentin Abara-Le Goff"""),
    ),
    dict(
        kind="rejection", slug="emeraude_relays_keravel", lang="fr",
        company="Ker Avel Environnement", contact="nolwenn.jaffre@interim-emeraude.example.fr",
        frm=("Nolwenn Jaffré", "nolwenn.jaffre@interim-emeraude.example.fr"),
        name_enc="q-iso-8859-1", subject_enc="q-iso-8859-1",
        subject="TR: Candidature M. Abara-Le Goff - technicien prélèvements",
        date="2026-03-24 16:48", charset="iso-8859-1", cte="8bit",
        body="""Bonjour Corentin,

Je vous transfère ci-dessous la réponse de Ker Avel Environnement. Elle n'est pas positive, je suis désolée : ils ont préféré quelqu'un qui habite Lanester et qui peut être d'astreinte le week-end.

Je garde votre dossier en tête pour les missions d'été sur les stations d'épuration, il y en aura sûrement.

Nolwenn Jaffré
Chargée de recrutement - Intérim Émeraude Lorient
12 cours de Chazelles, 56100 Lorient
02 97 35 18 60

""" + forward_block("fr", "2026-03-24 15:30", ("Hervé Le Squer", "h.lesquer@keravel-env.example.fr"),
                    ("Nolwenn Jaffré", "nolwenn.jaffre@interim-emeraude.example.fr"),
                    "RE: Proposition de candidat - technicien prélèvements", """Bonjour Nolwenn,

Merci pour la présentation de M. Abara-Le Goff. Après réflexion, nous ne retiendrons pas sa candidature pour ce poste : nous avons besoin de quelqu'un de disponible pour les astreintes du week-end dès avril, ce qui ne semble pas compatible avec sa situation.

Cordialement,
Hervé Le Squer
Ker Avel Environnement"""),
    ),
    dict(
        kind="rejection", slug="plouvenec_internal", lang="fr",
        company="Ville de Plouvenec", contact="h.guegan@plouvenec.example.fr",
        frm=("Hélène Guégan", "h.guegan@plouvenec.example.fr"), name_enc="b-utf-8",
        subject="Recrutement – Agent·e technique des espaces naturels", subject_enc="b-utf-8",
        date="2026-02-19 09:40", cte="8bit",
        body="""Monsieur,

Vous avez adressé votre candidature à la Ville de Plouvenec pour le poste d'agent technique des espaces naturels (marais de Pen Lan et sentier littoral).

Je vous informe que ce poste a été pourvu par voie de mobilité interne : un agent des services techniques, déjà en charge de l'entretien des dunes, a souhaité évoluer sur ces missions et sa demande a été acceptée.

Je vous remercie de l'intérêt porté à notre collectivité.

Hélène Guégan
Directrice des ressources humaines
Mairie de Plouvenec – 1 place de l'Église, 56370 Plouvenec
02 97 41 22 05

--
Ce courriel et les éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. Toute utilisation ou diffusion non autorisée est interdite.""",
    ),
    dict(
        kind="rejection", slug="parcmarin_after_trialday", lang="fr",
        company="Parc marin du Léon", contact="soazig.morvan@parcmarin-leon.example.fr",
        frm=("Soazig Morvan", "soazig.morvan@parcmarin-leon.example.fr"),
        subject="Suite à jeudi", date="2026-05-26 18:05", parts="alt", cte="quoted-printable",
        parent="parcmarin_trialday",
        body="""Bonjour Corentin,

Merci pour la journée de jeudi à bord de l'Enez Du.

On ne va pas te garder pour le poste de garde-technicien : on part sur quelqu'un qui a déjà son permis côtier et deux saisons de suivi des herbiers derrière lui.

Bonne continuation, et passe nous voir si tu viens à Brest.

Soazig""",
    ),
    dict(
        kind="rejection", slug="ecotone_teamtailor_closer_match", lang="fr",
        company="Ecotone Atlantique", contact="clemence.brizard@ecotone-atlantique.example.fr",
        frm=("Ecotone Atlantique", "no-reply@teamtailor-mail.com"), tz="utc",
        reply_to=("Clémence Brizard", "clemence.brizard@ecotone-atlantique.example.fr"),
        reply_to_enc="q-utf-8",
        subject="Votre candidature chez Ecotone Atlantique", date="2026-03-30 13:21",
        parts="alt", shell="card", cte="base64",
        shell_opts=dict(brand="Ecotone Atlantique", color="#3b6e22",
                        footer="Envoyé via Teamtailor · Gérer mes données : "
                               "https://ecotone-atlantique.teamtailor.com/connect"),
        body="""Bonjour Corentin,

Merci d'avoir postulé au poste de chargé·e d'études faune-flore junior et pour l'attention que vous avez portée à votre lettre.

Nous avons reçu beaucoup de candidatures solides et avons fait le choix d'avancer avec des personnes dont l'expérience colle de plus près aux besoins de la mission : inventaires naturalistes protocolés et cartographie sous QGIS au quotidien.

Ce choix ne dit rien de la valeur de votre reconversion, qui nous a sincèrement intéressés. N'hésitez pas à garder un œil sur notre page carrières.

Belle suite à vous,
Clémence Brizard
Responsable recrutement, Ecotone Atlantique""",
    ),
    dict(
        kind="rejection", slug="sedimar_workable_on_hold", lang="fr",
        company="Sedimar Études", contact="",
        frm=("Sedimar Études", "noreply@workablemail.com"), name_enc="b-utf-8", tz="utc",
        subject="Technicien·ne terrain hydrographie – mise à jour de votre candidature",
        subject_enc="q-utf-8", date="2026-06-02 08:14", parts="alt", shell="card",
        shell_opts=dict(brand="Sedimar Études", color="#7a4b1d",
                        footer="Powered by Workable"),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Bonjour Corentin,

Nous revenons vers vous au sujet du poste de technicien·ne terrain hydrographie pour lequel vous aviez candidaté en mai.

Le marché de dragage de la rade de Lorient sur lequel ce recrutement reposait a été suspendu par le maître d'ouvrage. La direction a donc gelé le poste, et le processus s'arrête ici pour l'ensemble des candidats, dont vous.

Si le projet redémarre, une nouvelle annonce sera publiée et vous pourrez y répondre.

L'équipe Sedimar Études""",
    ),
    dict(
        kind="rejection", slug="penhoet_relays_roscanvel", lang="fr",
        company="Station biologique de Roscanvel", contact="a.legall@penhoet-rh.example.fr",
        frm=("Armelle Le Gall", "a.legall@penhoet-rh.example.fr"),
        subject="RE: Entretien Station biologique de Roscanvel – mardi 14 avril",
        date="2026-04-20 17:32", parts="alt", shell="outlook", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
                  "Entretien Station biologique de Roscanvel")],
        body="""Bonjour Corentin,

J'ai eu ce midi le retour de la Station biologique de Roscanvel. Ils ont beaucoup hésité, mais ils ne donneront pas suite à votre candidature : le second finaliste connaît déjà leur sonde multiparamètres et peut démarrer le 4 mai.

Je vous appelle demain pour en parler de vive voix et voir ensemble les autres postes que je suis sur la rade.

Bien à vous,

Armelle Le Gall
Consultante senior – Cabinet Penhoët Recrutement
4 rue de Siam, 29200 Brest – 02 98 44 71 93

""" + outlook_block("fr", "2026-04-08 10:12", ("Armelle Le Gall", "a.legall@penhoet-rh.example.fr"),
                    CANDIDATE, "Entretien Station biologique de Roscanvel – mardi 14 avril",
                    """Bonjour Corentin,

Je vous confirme votre entretien avec la Station biologique de Roscanvel le mardi 14 avril à 10 h, sur place (quai de Roscanvel). Vous serez reçu par le directeur technique et la responsable du service Observation.

Prévoyez des chaussures de terrain, ils aiment faire visiter les bassins.

Armelle""") + """

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Cabinet Penhoët Recrutement décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.""",
    ),
    dict(
        kind="rejection", slug="blavet_friendly_no", lang="fr",
        company="Syndicat mixte du Blavet", contact="gwendal.rio@smblavet.example.fr",
        frm=("Gwendal Rio", "gwendal.rio@smblavet.example.fr"),
        subject="la commission", date="2026-06-19 12:47", cte="8bit",
        body="""Salut Corentin,

J'aurais préféré t'appeler mais je suis coincé en comité de rivière tout l'après-midi, alors je t'écris.

La commission s'est réunie hier soir et elle a choisi Maëlle, la stagiaire qui a fait le diagnostic des frayères l'an dernier. Je me suis battu pour ton dossier, honnêtement, mais elle connaissait déjà tous les élus et le bassin par cœur. C'est raté pour cette fois.

On se fait une bière à Hennebont la semaine prochaine ? Je te raconterai, et j'ai deux ou trois pistes de bureaux d'études à te donner.

Gwen

--
Gwendal Rio
Technicien de rivière – Syndicat mixte du Blavet
Moulin de Locmaria, 56700 Hennebont
06 12 48 90 33""",
    ),
    dict(
        kind="rejection", slug="conchylis_post_cancelled", lang="fr",
        company="Conchylis Contrôle", contact="b.allanic@conchylis.example.fr",
        frm=("Bénédicte Allanic", "b.allanic@conchylis.example.fr"), name_enc="q-iso-8859-1",
        subject="Poste de technicien(ne) de laboratoire – annulation du recrutement",
        date="2026-07-28 10:05", charset="iso-8859-1", cte="base64",
        body="""Monsieur Abara-Le Goff,

Je vous avais annoncé un nouveau rendez-vous après l'annulation de celui du 9 juillet. Je reviens finalement vers vous avec une autre nouvelle : le recrutement du poste de technicien(ne) de laboratoire est abandonné.

Nous avons perdu le lot « surveillance sanitaire des zones conchylicoles » de l'appel d'offres régional, et la charge de travail ne justifie plus une embauche cette année. Votre candidature n'est en rien en cause : elle faisait partie des trois que nous souhaitions rencontrer.

Avec mes regrets, et mes meilleurs voeux pour la suite,

Bénédicte Allanic
Directrice - Conchylis Contrôle
Parc d'activités du Prat, 56000 Vannes
02 97 63 08 41""",
    ),
    dict(
        kind="rejection", slug="obsgolfe_letter_pdf", lang="fr",
        company="Observatoire du Golfe", contact="laure.jego@obs-golfe.example.fr",
        frm=("Laure Jégo", "laure.jego@obs-golfe.example.fr"),
        subject="Réponse à votre candidature – technicien suivi des herbiers",
        date="2026-05-07 15:20", parts="alt", cte="quoted-printable",
        attach=[pdf("Reponse_candidature_Abara-Le_Goff.pdf", "Observatoire du Golfe",
                    ["Vannes, le 7 mai 2026", "", "Monsieur Corentin Abara-Le Goff",
                     "Objet : poste de technicien de suivi des herbiers de zostères", "",
                     "Monsieur,",
                     "Le comité de sélection s'est réuni le 5 mai 2026 pour examiner les",
                     "candidatures reçues. Nous avons le regret de ne pas pouvoir donner une",
                     "suite favorable à la vôtre.",
                     "Nous vous prions d'agréer, Monsieur, nos salutations distinguées.", "",
                     "Yves-Marie Tréhin, président"])],
        body="""Monsieur,

Veuillez trouver ci-joint le courrier du comité de sélection concernant votre candidature au poste de technicien de suivi des herbiers de zostères.

Je suis au regret de vous dire qu'il ne nous est pas possible d'y donner une suite favorable cette année ; le comité a retenu un profil disposant déjà d'une expérience de plongée scientifique.

Avec nos salutations,

Laure Jégo
Secrétariat – Observatoire du Golfe
Maison de la Mer, 2 allée du Conleau, 56000 Vannes""",
    ),
    dict(
        kind="rejection", slug="cornouaille_jury_no", lang="fr",
        company="Cornouaille Littoral Agglo", contact="pascale.lecorre@cornouaille-littoral.example.fr",
        frm=("Pascale Le Corre - DRH Cornouaille Littoral Agglo",
             "pascale.lecorre@cornouaille-littoral.example.fr"),
        subject="Décision du jury - technicien rivières et zones humides", subject_enc="q-iso-8859-1",
        date="2026-03-06 14:10", charset="iso-8859-1", cte="quoted-printable",
        parent="cornouaille_postponed",
        body="""Monsieur,

Vous vous êtes présenté le 3 mars 2026 devant le jury de recrutement pour le poste de technicien rivières et zones humides (cadre d'emplois des techniciens territoriaux).

J'ai le regret de vous informer que le jury n'a pas retenu votre candidature. Il a souligné la qualité de votre connaissance du milieu estuarien, mais a privilégié un candidat déjà lauréat du concours et rompu aux procédures de déclaration loi sur l'eau.

Je vous remercie de l'intérêt que vous avez manifesté pour notre établissement.

Pour le Président et par délégation,
Pascale Le Corre
Directrice des ressources humaines
Cornouaille Littoral Agglo - 3 rue du Pont-Firmin, 29000 Quimper

_____________________________________________
Ce message électronique et ses éventuelles pièces jointes sont établis à l'intention exclusive de leurs destinataires. Les informations qu'il contient sont susceptibles d'avoir un caractère confidentiel. Si vous n'êtes pas le destinataire de ce message, merci de le détruire et d'en avertir l'expéditeur.""",
    ),
    dict(
        kind="rejection", slug="atlantis_client_declined", lang="fr",
        company="Atlantis Intérim", contact="lenaig.pichon@atlantis-interim.example.fr",
        frm=("Lénaïg Pichon", "lenaig.pichon@atlantis-interim.example.fr"), name_enc="q-utf-8",
        subject="Mission technicien de mesure – retour du client", date="2026-03-03 11:52",
        cte="8bit",
        body="""Bonjour Corentin,

Petit retour sur la mission de technicien de mesure (débitmétrie sur réseaux) que je vous avais présentée la semaine dernière pour notre client du secteur de l'assainissement.

Le client a finalement confié la mission à un intérimaire qui était déjà intervenu chez lui l'an passé et qui connaît les postes de relevage. Votre candidature n'est donc pas retenue sur ce coup-là.

Votre inscription chez nous reste active ; je vous recontacte dès qu'une mission terrain se présente sur Nantes ou Saint-Herblain.

Lénaïg Pichon
Chargée d'affaires – Atlantis Intérim Nantes Erdre
8 boulevard des Américains, 44300 Nantes
02 40 29 15 77""",
    ),
    dict(
        kind="rejection", slug="kelpwise_ashby_no", lang="fr",
        company="Kelpwise", contact="mael@kelpwise.example.fr",
        frm=("Kelpwise", "no-reply@ashbyhq.com"), tz="utc",
        reply_to=("Maël Stéphan", "mael@kelpwise.example.fr"), reply_to_enc="b-utf-8",
        subject="Kelpwise – ta candidature Opérateur·rice culture d'algues",
        date="2026-09-01 15:33", parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Kelpwise", color="#0f5e56", footer="Sent with Ashby"),
        body="""Salut Corentin,

Merci d'avoir pris le temps d'échanger avec nous, et encore merci d'avoir rattrapé le rendez-vous manqué si vite.

On a pris le temps d'y réfléchir à plusieurs, et on a choisi de ne pas avancer avec ta candidature pour le poste d'opérateur·rice culture d'algues. On cherche quelqu'un qui puisse piloter dès septembre l'écloserie de gamétophytes, et ton expérience est surtout côté élevage en mer.

On garde ton contact pour la saison des récoltes au printemps, où l'on recrute des renforts.

Maël
Co-fondateur, Kelpwise""",
    ),
    dict(
        kind="rejection", slug="aquaterra_reply_to_chaser", lang="fr",
        company="Aquaterra Services", contact="audrey.menez@aquaterra.example.com",
        frm=("Audrey Menez", "audrey.menez@aquaterra.example.com"),
        subject="RE: Relance – candidature technicien d'exploitation eau potable (Quimper)",
        date="2026-10-02 09:26", parts="alt", shell="outlook", cte="quoted-printable",
        quote=dict(of="own_aquaterra_chaser", style="outlook"),
        headers=[("X-MS-Has-Attach", "no"), ("X-Mailer", "Microsoft Outlook 16.0")],
        body="""Bonjour Monsieur Abara-Le Goff,

Merci pour votre relance, et pardon pour ce long silence.

Le poste de technicien d'exploitation eau potable de Quimper a été proposé à un autre candidat, qui l'a accepté la semaine dernière. Je suis navrée de vous l'annoncer par écrit et aussi tardivement.

Votre profil de terrain était apprécié par le chef d'agence. Je vous invite à surveiller les postes de l'agence de Lorient, qui recrutera au premier trimestre.

Cordialement,

Audrey Menez
Chargée de recrutement Bretagne – Aquaterra Services
Tél. : 02 98 95 44 20""",
    ),
    # ------------------------------------------------------------------ en
    dict(
        kind="rejection", slug="bluetide_greenhouse_hold", lang="en",
        company="BlueTide Analytics", contact="siobhan.kearney@bluetide.example.ie",
        frm=("Siobhán Kearney via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        name_enc="q-utf-8", tz="utc",
        reply_to=("Siobhán Kearney", "siobhan.kearney@bluetide.example.ie"),
        reply_to_enc="q-utf-8",
        subject="Update on the Field Data Technician role", date="2026-03-16 11:48",
        parts="alt", shell="simple", cte="quoted-printable",
        body="""Hi Corentin,

I wanted to give you a straight answer on where things stand with the Field Data Technician role, since we had to cancel your interview last month.

Our funding round has slipped into the next quarter, and leadership has decided to freeze the position. That means we won't be continuing with the process, and your application is closed along with the others.

I'm genuinely sorry: you were one of the people I was most looking forward to meeting. If the role reopens later in the year I'll reach out to you first.

Best,
Siobhán

Siobhán Kearney | Talent Partner | BlueTide Analytics
Penrose Wharf, Cork T23 KW81""",
    ),
    dict(
        kind="rejection", slug="loughmahon_after_panel", lang="en",
        company="Lough Mahon Environmental", contact="dervla.hennessy@loughmahon.example.ie",
        frm=("Dervla Hennessy", "dervla.hennessy@loughmahon.example.ie"),
        subject="RE: Thank you – Environmental Technician interview",
        date="2026-05-22 16:05", parts="alt", shell="outlook", cte="quoted-printable",
        quote=dict(of="own_loughmahon_thanks", style="outlook"),
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        body="""Dear Corentin,

Thank you for your kind note after the panel, it was appreciated by everyone.

The panel has now completed its assessment. I'm sorry to tell you that we will not be offering you the Environmental Technician position. The successful candidate holds the Level 6 water sampling certification we need for the EPA licence work, which was the deciding factor.

We'd be glad to keep your CV on file for our seasonal estuary survey crew next spring.

Kind regards,

Dervla Hennessy
HR Business Partner
Lough Mahon Environmental
Unit 4, Tivoli Industrial Estate, Cork T23 E6P2
+353 21 450 7722

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Lough Mahon Environmental Ltd. is registered in Ireland, No. 512344.""",
    ),
    dict(
        kind="rejection", slug="harbourline_lever_formal", lang="en",
        company="Harbourline Consulting", contact="",
        frm=("Harbourline Consulting", "no-reply@hire.lever.co"), tz="utc",
        subject="Your application to Harbourline Consulting", date="2026-06-26 09:10",
        parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Harbourline Consulting", color="#203a5c",
                        footer="Harbourline Consulting · Lapps Quay, Cork"),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Dear Corentin,

Thank you for your interest in the Graduate Environmental Monitoring Technician position at Harbourline Consulting, and for your patience while we completed our review.

After careful consideration, we regret to inform you that we will not be moving your application to the next stage of our process.

We appreciate the time you invested in speaking with our team, and we wish you every success in your search.

Regards,
The Harbourline Talent Team""",
    ),
    dict(
        kind="rejection", slug="carrigmore_shortlisting", lang="en",
        company="Carrigmore County Council", contact="",
        frm=("Carrigmore County Council - Recruitment", "donotreply@carrigmorecoco.example.ie"),
        subject="Competition Ref. CCC/ENV/26/07 – Outcome of shortlisting",
        date="2026-04-08 12:00", parts="html", shell="simple",
        body="""Dear Applicant,

Competition: Executive Technician (Environment), Ref. CCC/ENV/26/07

The shortlisting board has now considered all applications received for the above competition against the essential requirements set out in the candidate information booklet.

I regret to advise that your application has not been successful at shortlisting stage, and you will not be called to interview on this occasion.

Feedback on the shortlisting process can be requested within ten working days by writing to hr-feedback@carrigmorecoco.example.ie.

Human Resources Department
Carrigmore County Council, County Buildings, Carrigmore, Co. Cork

This mailbox is not monitored.""",
    ),
    dict(
        kind="rejection", slug="blackwater_terse", lang="en",
        company="Blackwater Fisheries Trust", contact="declan@blackwaterfisheries.example.ie",
        frm=("Declan Moynihan", "declan@blackwaterfisheries.example.ie"),
        subject="Re: Trial day Tuesday", date="2026-10-06 20:14",
        parent="blackwater_trialday",
        body="""Corentin,

Thanks for coming out last Tuesday. We're going with someone else for the seasonal post, no reflection on the day itself, you were grand on the river.

Declan

Sent from my phone""",
    ),
    dict(
        kind="rejection", slug="shannonside_relays_munster", lang="en",
        company="Munster Aquatic Surveys", contact="ciaran.walsh@shannonside.example.ie",
        frm=("Ciarán Walsh", "ciaran.walsh@shannonside.example.ie"), name_enc="b-utf-8",
        subject="Munster Aquatic Surveys – feedback", date="2026-04-21 12:30",
        parts="alt", cte="quoted-printable",
        body="""Hi Corentin,

Just off the phone with Munster Aquatic Surveys about the sampling technician contract.

They've decided not to take your application further. Their main concern was the full clean driving licence for the tanker van: your French licence will need exchanging first, and they can't wait on that for a May start. I did push back, but the hiring manager wouldn't budge.

Sorry it's not better news. Get the licence exchange moving and we'll be in a much stronger spot for the next one, and there will be a next one.

Ciarán

Ciarán Walsh
Senior Consultant, Science & Environment
Shannonside Recruitment
2 South Mall, Cork | +353 21 427 6610""",
    ),
    dict(
        kind="rejection", slug="tidewater_internal_hire", lang="en",
        company="Tidewater Ecology", contact="roisin.daly@tidewater-ecology.example.ie",
        frm=("Róisín Daly", "roisin.daly@tidewater-ecology.example.ie"), name_enc="q-utf-8",
        subject="Re: Application – Ecological Field Technician", date="2026-02-10 10:02",
        quote=dict(of="own_tidewater_application", style="reply"), cte="quoted-printable",
        body="""Hi Corentin,

Thanks again for your application, and for calling back after we missed each other last month.

I wanted to let you know that we won't be recruiting externally for this post after all. One of our seasonal surveyors applied for the permanent role, and we've offered it to her.

I hope something suitable comes up for you soon around the harbour.

All the best,
Róisín Daly
Operations Manager, Tidewater Ecology
Crosshaven Road, Carrigaline, Co. Cork""",
    ),
    dict(
        kind="rejection", slug="atlanticreef_casual", lang="en",
        company="Atlantic Reef Trust", contact="niamh@atlanticreef.example.ie",
        frm=("Niamh O'Sullivan", "niamh@atlanticreef.example.ie"),
        subject="so, about the reef monitoring job", date="2026-09-25 17:41",
        parts="alt", cte="quoted-printable",
        body="""Hey Corentin,

Not the email I wanted to be writing. The board met yesterday and went with Aoife for the reef monitoring job. She's been volunteering on our oyster restoration beds for three summers, and in the end that carried it.

For what it's worth, everyone loved your chat about spat collectors, and Pádraig wants you on the volunteer dive crew if you're still in Cork next year.

Pint soon?
Niamh

Niamh O'Sullivan | Projects Lead | Atlantic Reef Trust
Kinsale Road, Cork""",
    ),
    # ------------------------------------------------------------------ de
    dict(
        kind="rejection", slug="foerde_after_interview", lang="de",
        company="Förde Umweltlabor", contact="j.petersen@foerde-umweltlabor.example.de",
        frm=("Jana Petersen", "j.petersen@foerde-umweltlabor.example.de"),
        subject="Re: Vielen Dank für das Gespräch", date="2026-04-07 14:22",
        quote=dict(of="own_foerde_thanks", style="reply"), cte="quoted-printable",
        body="""Hallo Herr Abara-Le Goff,

vielen Dank für Ihre freundliche Nachricht nach unserem Termin.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Bewerberin entschieden, die bereits mit akkreditierten Verfahren nach DIN EN ISO/IEC 17025 gearbeitet hat. Ihnen können wir die Stelle als Umwelttechniker daher leider nicht anbieten.

Ihre praktische Erfahrung aus der Austernzucht fanden wir beeindruckend. Wenn Sie einverstanden sind, bewahren wir Ihre Unterlagen für ein halbes Jahr auf.

Viele Grüße aus Kiel
Jana Petersen
Personal | Förde Umweltlabor GmbH
Wischhofstraße 1-3, 24148 Kiel
Tel. +49 431 5578 210""",
    ),
    dict(
        kind="rejection", slug="ostsee_smartrecruiters", lang="de",
        company="Ostsee Monitoring", contact="",
        frm=("Ostsee Monitoring GmbH Recruiting", "noreply@smartrecruiters.com"), tz="utc",
        subject="Ihre Bewerbung als Messtechniker (m/w/d) Küstengewässer",
        date="2026-02-20 07:55", parts="html", shell="card", cte="base64",
        shell_opts=dict(brand="Ostsee Monitoring", color="#12406b",
                        footer="Diese E-Mail wurde automatisch versendet.\n"
                               "Ostsee Monitoring GmbH · Schwentinestraße 20 · 24149 Kiel"),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Sehr geehrter Herr Abara-Le Goff,

vielen Dank für Ihr Interesse an der Position Messtechniker (m/w/d) Küstengewässer und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Gerne möchten wir Ihre Daten in unserem Talentpool speichern. Sie erhalten dazu in Kürze eine gesonderte Anfrage.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Ostsee Monitoring GmbH""",
    ),
    dict(
        kind="rejection", slug="wvostufer_post_withdrawn", lang="de",
        company="Wasserverband Ostufer", contact="birte.jessen@wv-ostufer.example.de",
        frm=("Birte Jessen", "birte.jessen@wv-ostufer.example.de"),
        subject="Ihre Bewerbung als Umwelttechniker (m/w/d) - Stelle entfällt",
        subject_enc="q-iso-8859-1", date="2026-06-10 13:37",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Sehr geehrter Herr Abara-Le Goff,

nach Ihrem Gespräch mit Herrn Thomsen am 20. Mai möchten wir Sie über eine Entwicklung informieren, die nicht mit Ihrer Person zusammenhängt.

Der Verbandsvorstand hat in seiner Sitzung vom 8. Juni beschlossen, die Stelle des Umwelttechnikers für das Gewässermonitoring nicht zu besetzen. Die Aufgaben werden ab 2027 an ein externes Labor vergeben. Das Auswahlverfahren ist damit beendet, eine Einstellung wird nicht erfolgen.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und danken Ihnen für Ihr Interesse.

Mit freundlichen Grüßen
Birte Jessen
Personalstelle
Wasserverband Ostufer (Körperschaft des öffentlichen Rechts)
Dorfstraße 12, 24226 Heikendorf""",
    ),
    dict(
        kind="rejection", slug="nordwind_relays_schleiwerk", lang="de",
        company="Schleiwerk Aquakultur", contact="m.soerensen@nordwind-personal.example.de",
        frm=("Meike Sörensen", "m.soerensen@nordwind-personal.example.de"),
        name_enc="q-iso-8859-1",
        subject="Rückmeldung Schleiwerk Aquakultur", subject_enc="b-utf-8",
        date="2026-02-18 15:03", cte="8bit",
        body="""Hallo Herr Abara-Le Goff,

ich habe heute Mittag mit Schleiwerk Aquakultur telefoniert. Leider ist die Antwort negativ: Der Betrieb hat sich für einen Bewerber aus der Region entschieden, der die Kreislaufanlage in Kappeln schon von einem Praktikum kennt.

Ich weiß, dass Sie sich auf die Stelle gefreut haben. Lassen Sie den Kopf nicht hängen – ich habe zwei Labore in Kiel auf dem Zettel, bei denen Ihr Profil gut passen könnte, und melde mich nächste Woche.

Beste Grüße
Meike Sörensen
Personaldisponentin
Nordwind Personal GmbH – Niederlassung Kiel
Holstenstraße 88, 24103 Kiel
Tel. 0431 990 4471""",
    ),
    # ------------------------------------------------------------------ es
    dict(
        kind="rejection", slug="ecolitoral_bamboohr", lang="es",
        company="EcoLitoral Cantabria", contact="",
        frm=("EcoLitoral Cantabria", "noreply@bamboohr.com"), tz="utc",
        subject="Tu candidatura a Técnico/a de Medio Ambiente Litoral", subject_enc="q-utf-8",
        date="2026-09-21 08:30", parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="EcoLitoral Cantabria", color="#1f6f8b",
                        footer="Enviado con BambooHR"),
        body="""Hola Corentin:

Gracias por tu interés en el puesto de Técnico/a de Medio Ambiente Litoral y por el tiempo dedicado al proceso.

Tras valorar con detenimiento todas las candidaturas, hemos decidido continuar con otros perfiles cuya trayectoria se ajusta mejor a lo que necesitamos en este momento, en particular experiencia en tramitación de autorizaciones de costas.

Conservaremos tu currículum para futuras vacantes, salvo que nos indiques lo contrario.

Un saludo,
Equipo de Personas · EcoLitoral Cantabria""",
    ),
    dict(
        kind="rejection", slug="magdalena_terse", lang="es",
        company="Laboratorio Marino de la Magdalena", contact="inigo.ruiz@labmagdalena.example.es",
        frm=("Íñigo Ruiz de la Peña", "inigo.ruiz@labmagdalena.example.es"),
        name_enc="q-iso-8859-1",
        subject="Re: Gracias por la entrevista", date="2026-06-30 13:05",
        charset="iso-8859-1", cte="8bit",
        quote=dict(of="own_magdalena_thanks", style="reply"),
        body="""Corentin:

Gracias a ti. Al final nos quedamos con otra persona para el puesto de técnico de acuarios; no seguimos adelante con tu candidatura.

Suerte,
Íñigo""",
    ),
    dict(
        kind="rejection", slug="trabajocantabrico_client_no", lang="es",
        company="Trabajo Cantábrico", contact="lorena.diego@trabajocantabrico.example.es",
        frm=("Lorena Diego", "lorena.diego@trabajocantabrico.example.es"),
        subject="Proceso técnico de depuradora – cierre", subject_enc="b-utf-8",
        date="2026-03-18 10:44", parts="alt", cte="base64",
        body="""Hola Corentin:

Te escribo para contarte cómo ha quedado el proceso de técnico de depuradora para nuestra empresa cliente de Camargo.

El cliente ha cerrado la selección y no ha elegido tu perfil. Les pesó que la incorporación fuera inmediata y prefirieron a alguien que ya tenía el carné de manipulador de reactivos. Ya sé que después de lo del día 2 no era fácil, pero quería que lo supieras por mí.

Sigues dado de alta en nuestra bolsa y te aviso en cuanto salga algo en Santander o Torrelavega.

Un abrazo,
Lorena Diego
Consultora de selección · Trabajo Cantábrico ETT
C/ Calvo Sotelo 14, 39002 Santander · 942 21 87 30""",
    ),
    dict(
        kind="rejection", slug="suances_plaza_amortizada", lang="es",
        company="Ayuntamiento de Suances del Mar", contact="bsaiz@suancesdelmar.example.es",
        frm=("Begoña Saiz - Negociado de Personal", "bsaiz@suancesdelmar.example.es"),
        name_enc="q-iso-8859-1",
        subject="Convocatoria técnico/a auxiliar de medio ambiente - anulación",
        subject_enc="q-iso-8859-1", date="2026-08-12 12:18",
        charset="windows-1252", cte="base64",
        body="""Estimado Sr. Abara-Le Goff:

En relación con su solicitud para la convocatoria de técnico/a auxiliar de medio ambiente (bolsa de empleo temporal), le comunico que por Decreto de Alcaldía n.º 412/2026 la plaza ha sido amortizada en la modificación de la plantilla municipal, y el proceso queda sin efecto.

Esto significa que no se realizará la prueba práctica prevista ni se constituirá la bolsa. Su candidatura, por tanto, no podrá seguir adelante. Se le devolverán los derechos de examen (12,00 €) en la cuenta indicada en su solicitud.

Atentamente,

Begoña Saiz
Negociado de Personal – Ayuntamiento de Suances del Mar
Plaza de la Villa 1, 39340 Suances del Mar (Cantabria)

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados por el Ayuntamiento con la finalidad de gestionar el proceso selectivo.""",
    ),
]
