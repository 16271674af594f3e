"""Corpus 223: interview invitations (26), reschedules and cancellations (15), missed ones (10)."""

# ruff: noqa: C408  (each message is a dict(...) call: keyword specs read like a form)

from __future__ import annotations

from msgs223_common import ats_card, outlook_html, simple_html

AUTO = [("Auto-Submitted", "auto-generated")]

CLAIRE = ("Claire Fonteneau", "claire.fonteneau@marquessac.example.fr")
LUC = ("Luc Hennequin", "l.hennequin@vautrin-champagne.example.fr")
REBECCA = ("Rebecca Hughes", "rebecca.hughes@albionfinewine.example.co.uk")
MARTA = ("Marta Ezquerro", "marta.ezquerro@ontanonruiz.example.es")
FELIX = ("Felix Amberg", "f.amberg@kellerman-search.example.de")
JONAS = ("Jonas Ostermann", "jonas.ostermann@ostermann-wein.example.de")

MESSAGES: list[dict] = [
    # ============================== interview invitations =======================================
    # --- French ---
    dict(
        key="inv_marq", kind="interview_invitation", name="marquessac_calendar_request", lang="fr",
        company="Château Marquessac", contact=CLAIRE[1], frm=CLAIRE,
        subject="Invitation : entretien – Responsable export pays nordiques",
        date="2026-05-12 14:30",
        text="""Bonjour Monsieur Lindqvist-Mensah,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien pour le poste de Responsable export pays nordiques.

Vous rencontrerez Pierre-Yves Dalmas, directeur commercial, et moi-même, le jeudi 21 mai à 10h00 au château. Comptez une heure environ, dont une courte dégustation de nos deux vins rouges et du blanc.

Vous trouverez l'invitation dans votre agenda ; merci de l'accepter ou de me proposer un autre créneau.

Bien cordialement,

Claire Fonteneau
Responsable ressources humaines
Château Marquessac – 12 chemin de Bourran, 33600 Pessac
05 56 07 63 21
""",
        html=simple_html("""Bonjour Monsieur Lindqvist-Mensah,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien pour le poste de Responsable export pays nordiques.

Vous rencontrerez Pierre-Yves Dalmas, directeur commercial, et moi-même, le jeudi 21 mai à 10h00 au château. Comptez une heure environ, dont une courte dégustation de nos deux vins rouges et du blanc.

Vous trouverez l'invitation dans votre agenda ; merci de l'accepter ou de me proposer un autre créneau.

Bien cordialement,

Claire Fonteneau
Responsable ressources humaines
Château Marquessac – 12 chemin de Bourran, 33600 Pessac
05 56 07 63 21"""),
        alt_ics=dict(uid="marq-entretien-2026-0521@marquessac.example.fr", sequence=0,
                     start="2026-05-21 10:00", minutes=60,
                     summary="Entretien Responsable export pays nordiques – G. Lindqvist-Mensah",
                     location="Château Marquessac, 12 chemin de Bourran, 33600 Pessac",
                     organizer=CLAIRE),
    ),
    dict(
        key="inv_vaut", kind="interview_invitation", name="vautrin_panel_ics_attached", lang="fr",
        company="Champagne Vautrin & Fils", contact=LUC[1], frm=LUC,
        subject="Convocation – entretien avec le comité export",
        date="2026-03-09 10:05",
        text="""Monsieur,

Votre candidature au poste de responsable de zone export Asie-Pacifique a retenu notre attention. Nous souhaitons vous rencontrer lors d'un entretien avec notre comité :

- Sophie Marchetti-Vautrin, directrice export
- Bastien Roy, chef de cave
- moi-même, pour les ressources humaines

Date : jeudi 19 mars 2026, de 14h00 à 15h30
Lieu : Champagne Vautrin & Fils, 14 rue des Crayères, 51100 Reims (accueil du cellier)

L'invitation calendrier est jointe. Merci de nous confirmer votre présence par retour de mail.

Cordialement,

Luc Hennequin
Responsable RH
Champagne Vautrin & Fils
03 26 00 41 10
""",
        attach=[dict(filename="entretien-comite-export.ics", ics=dict(
            uid="vautrin-comite-20260319@vautrin-champagne.example.fr", sequence=0,
            start="2026-03-19 14:00", minutes=90,
            summary="Entretien comité export – Gaspard Lindqvist-Mensah",
            location="Champagne Vautrin & Fils, 14 rue des Crayères, Reims",
            organizer=LUC))],
    ),
    dict(
        key="inv_corb", kind="interview_invitation", name="corbelin_trial_day", lang="fr",
        company="Domaine Corbelin", contact="mathilde.roux@corbelin.example.fr",
        frm=("Mathilde Roux", "mathilde.roux@corbelin.example.fr"),
        subject="Journée d'essai au domaine",
        date="2026-08-17 09:48",
        text="""Bonjour Gaspard,

Aurélien a lu votre candidature avec beaucoup d'intérêt et aimerait vous voir en situation plutôt qu'en entretien classique.

Nous vous proposons une journée d'essai au domaine le jeudi 27 août :
8h30 : accueil et tour des vignes
10h30 : dégustation des 2024 en cave avec Aurélien
14h00 : rendez-vous avec un caviste de Dijon, que vous mènerez avec nous
17h00 : débriefing

Le repas du midi est pris avec l'équipe. Pourriez-vous me dire si cette date vous convient ?

Belle journée,
Mathilde Roux
Assistante administrative et commerciale
Domaine Corbelin – 7 rue Paradis, 21200 Beaune
03 80 22 14 67
""",
    ),
    dict(
        key="inv_alterna", kind="interview_invitation", name="alterna_sets_up_client_interview",
        lang="fr", company="Vignobles Lasserre-Doucet", contact="n.belkacem@alterna-interim.example.fr",
        frm=("Nadia Belkacem", "n.belkacem@alterna-interim.example.fr"),
        subject="Entretien chez notre client Vignobles Lasserre-Doucet",
        date="2026-04-20 09:40",
        text="""Bonjour Monsieur Lindqvist-Mensah,

Comme évoqué au téléphone, notre client Vignobles Lasserre-Doucet souhaite vous rencontrer pour la mission d'assistant export (CDD de six mois, démarrage en mai).

Rendez-vous jeudi 23 avril à 10h00 à la propriété : 4 lieu-dit Le Grand Puch, 33760 Targon. Vous serez reçu par Mme Doucet, gérante, et son responsable logistique.

Pensez à apporter votre CV imprimé et une pièce d'identité. Appelez-moi après l'entretien pour me faire votre retour.

Cordialement,

Nadia Belkacem
Chargée de recrutement – Alterna Intérim Bordeaux Mériadeck
05 56 44 19 02
""",
    ),
    dict(
        key="inv_hemery", kind="interview_invitation", name="hemery_client_interview_blaye",
        lang="fr", company="Les Grands Chais de l'Estuaire",
        contact="a.vidalenc@hemery-rh.example.fr",
        frm=("Antoine Vidalenc - Cabinet Hémery & Associés", "a.vidalenc@hemery-rh.example.fr"),
        name_enc=("iso-8859-1", "Q"),
        subject="Rencontre avec Les Grands Chais de l'Estuaire",
        date="2026-02-02 12:15", parent="ack_hemery",
        text="""Bonjour Gaspard,

Bonne nouvelle : je peux enfin vous dire pour quel client je vous ai présenté. Il s'agit des Grands Chais de l'Estuaire, à Blaye, qui recrutent leur futur responsable export Scandinavie et pays baltes.

Marc Roussel, le directeur général, vous recevra le mardi 10 février à 11h00 dans leurs bureaux (2 quai Sainte-Ursule, 33390 Blaye). L'échange durera une heure ; prévoyez de parler de votre expérience des monopoles nordiques vue côté client.

Merci de me confirmer que ce rendez-vous vous convient, je préviens ensuite le client.

Bien à vous,

Antoine Vidalenc
Consultant senior – Vins & Spiritueux
Cabinet Hémery & Associés
27 cours de l'Intendance, 33000 Bordeaux
06 42 18 90 33
""",
    ),
    dict(
        key="inv_arb", kind="interview_invitation", name="arbelot_casual_coffee_thursday", lang="fr",
        company="Négoce Arbelot", contact="julien.sarrazin@arbelot-vins.example.fr",
        frm=("Julien Sarrazin", "julien.sarrazin@arbelot-vins.example.fr"),
        subject="Un café jeudi ?",
        date="2026-01-21 20:37",
        text="""Salut Gaspard,

Hugo m'a transmis ton CV, et ça tombe bien : je cherche quelqu'un pour épauler l'export sur la Chine et le Japon.

Tu es dispo jeudi 29 pour qu'on en parle autour d'un café ? 8h30 au Café du Port, quai de Bacalan, avant ton service ? Ce sera informel, mais prépare quand même deux ou trois idées sur la façon dont tu vendrais nos bordeaux supérieurs à un importateur de Shanghai.

Dis-moi si ça te va.

Julien
""",
    ),
    dict(
        key="inv_uvbe", kind="interview_invitation", name="uvbe_assessment_centre_pdf", lang="fr",
        company="Union des Vins de Bordeaux à l'Export", contact="f.aubigeon@uvbe.example.fr",
        frm=("Florence Aubigeon", "f.aubigeon@uvbe.example.fr"),
        subject="Convocation au centre d'évaluation – Chargé(e) de mission marchés export",
        date="2026-03-20 11:02", parent="ack_uvbe",
        text="""Monsieur,

Nous avons le plaisir de vous informer que votre dossier a été retenu pour la phase suivante du recrutement au poste de chargé(e) de mission marchés export – Europe du Nord.

Vous êtes convoqué à notre centre d'évaluation le jeudi 9 avril 2026, de 8h45 à 17h00, dans nos locaux du cours du XXX-Juillet. La journée comprend une étude de cas en groupe, une présentation orale de quinze minutes, un exercice de négociation en anglais et un entretien individuel avec le jury.

Le programme détaillé est joint à ce message. Merci de confirmer votre participation avant le 27 mars.

Florence Aubigeon
Responsable ressources humaines
Union des Vins de Bordeaux à l'Export
05 57 00 22 64
""",
        attach=[dict(filename="programme_centre_evaluation_9avril.pdf", pdf=dict(
            title="Centre d'évaluation – 9 avril 2026",
            lines=["Union des Vins de Bordeaux à l'Export",
                   "Centre d'évaluation - jeudi 9 avril 2026",
                   "",
                   "08h45  Accueil des candidats",
                   "09h15  Étude de cas en groupe : lancement d'une gamme en Norvège",
                   "11h30  Présentation orale individuelle (15 minutes)",
                   "12h30  Déjeuner",
                   "14h00  Exercice de négociation en anglais",
                   "15h30  Entretien individuel avec le jury",
                   "17h00  Fin de la journée"]))],
    ),
    dict(
        key="inv_cell", kind="interview_invitation", name="cellier_smartrecruiters_schedule_link",
        lang="fr", company="Cellier Atlantique Distribution", contact="",
        frm=("Cellier Atlantique Distribution", "no-reply@smartrecruiters.com"),
        subject="Planifiez votre entretien téléphonique – Key Account Manager CHR",
        date="2026-04-02 08:00", tz="utc", headers=AUTO, parent="ack_cell",
        text="""Bonjour Gaspard,

Bonne nouvelle ! Suite à l'examen de votre candidature pour le poste de Key Account Manager CHR (Paris), l'équipe souhaite échanger avec vous lors d'un entretien téléphonique de 30 minutes avec Maëlle Garnier, chargée de recrutement.

Choisissez le créneau qui vous convient :
https://www.smartrecruiters.com/candidate/schedule/cellier-atlantique/7f3a2c19

Les créneaux disponibles vont du 6 au 10 avril.

À très vite,
L'équipe Talent de Cellier Atlantique Distribution
""",
        html=ats_card("Cellier Atlantique Distribution", """Bonjour Gaspard,

Bonne nouvelle ! Suite à l'examen de votre candidature pour le poste de Key Account Manager CHR (Paris), l'équipe souhaite échanger avec vous lors d'un entretien téléphonique de 30 minutes avec Maëlle Garnier, chargée de recrutement.

Les créneaux disponibles vont du 6 au 10 avril.

À très vite,
L'équipe Talent de Cellier Atlantique Distribution""",
            button=("Choisir un créneau", "https://www.smartrecruiters.com/candidate/schedule/cellier-atlantique/7f3a2c19"),
            colour="#1d3b5a", footer="Powered by SmartRecruiters."),
    ),
    dict(
        key="inv_perr", kind="interview_invitation", name="perraudin_html_only_boutique", lang="fr",
        company="Maison Perraudin", contact="chloe.bastide@perraudin.example.fr",
        frm=("Chloé Bastide", "chloe.bastide@perraudin.example.fr"),
        subject="Rencontre à la boutique Rive Gauche",
        date="2026-09-08 15:22", html_cte="b64",
        html=simple_html("""Bonjour Gaspard,

Merci pour votre candidature au poste de Responsable grands comptes. Votre double regard de sommelier et de futur commercial nous intéresse beaucoup.

Je vous propose de nous rencontrer le jeudi 17 septembre à 15h00 à notre boutique Rive Gauche, 48 rue du Bac, 75007 Paris. Vous verrez l'équipe, puis nous prendrons une heure ensemble avec Grégoire, notre directeur des ventes professionnelles.

Une confirmation vous arrivera aussi par notre outil de recrutement.

À bientôt,
Chloé Bastide
Responsable recrutement – Maison Perraudin
01 45 48 22 90"""),
        quote_text="(invitation HTML)",
    ),
    dict(
        key="inv_csg", kind="interview_invitation", name="clos_sainte_gemme_visio_quotes_application",
        lang="fr", company="Clos Sainte-Gemme", contact="romain.castera@clos-sainte-gemme.example.fr",
        frm=("Romain Castéra", "romain.castera@clos-sainte-gemme.example.fr"),
        subject="Re: Candidature – poste export Clos Sainte-Gemme",
        date="2026-07-06 13:11", parent="cand_app_csg", quote=("cand_app_csg", "gmail"),
        text="""Salut Gaspard,

Ça me fait plaisir d'avoir de tes nouvelles ! J'ai montré ta candidature au gérant, il veut te voir.

On se fait une visio vendredi 10 juillet à 18h ? Je t'envoie le lien Teams dès que tu me confirmes. Compte trois quarts d'heure, il voudra surtout t'entendre sur les États-Unis.

Romain
""",
    ),
    dict(
        key="inv_caud", kind="interview_invitation", name="caudrot_phone_call_cp1252", lang="fr",
        company="Les Vignerons de Caudrot", contact="t.lacombe@caudrot-vignerons.example.fr",
        frm=("Thierry Lacombe", "t.lacombe@caudrot-vignerons.example.fr"),
        subject="Votre candidature – premier échange téléphonique",
        date="2026-06-02 11:45", charset="windows-1252", cte="qp",
        subj_enc=("windows-1252", "B"),
        text="""Monsieur,

Merci pour votre candidature au poste de commercial export de notre cave coopérative.

Je vous propose un premier échange téléphonique le vendredi 5 juin à 17h00 ; je vous appellerai au numéro indiqué sur votre CV. Nous parlerons de nos marchés belge et néerlandais, et de la façon dont vous voyez le métier “côté négoce”.

Si l’horaire ne vous convient pas, n’hésitez pas à m’en proposer un autre.

Thierry Lacombe
Directeur commercial
Les Vignerons de Caudrot – Route de Saint-Macaire, 33490 Caudrot
05 56 62 71 80
""",
    ),
    dict(
        key="inv_bgcd", kind="interview_invitation", name="bgcd_outlook_invite", lang="fr",
        company="Bordeaux Grands Crus Diffusion", contact="o.guerin-lapeyre@bgcd.example.fr",
        frm=("Olivier Guérin-Lapeyre", "o.guerin-lapeyre@bgcd.example.fr"),
        subject="Entretien chef de secteur export Benelux",
        date="2026-04-08 08:52",
        text="""Bonjour Gaspard,

J'ai bien reçu votre candidature, transmise par notre cabinet partenaire, et je souhaiterais vous rencontrer.

Seriez-vous disponible le mercredi 15 avril à 10h00 dans nos bureaux du quai de la Monnaie ? L'entretien durera environ une heure et portera sur votre connaissance des grands crus et votre approche des importateurs belges et néerlandais.

Bien cordialement,

Olivier Guérin-Lapeyre
Directeur commercial Europe
Bordeaux Grands Crus Diffusion
18 quai de la Monnaie – 33800 Bordeaux
T +33 5 56 31 47 70 | M +33 6 80 14 52 09
""",
        html=outlook_html("""Bonjour Gaspard,

J'ai bien reçu votre candidature, transmise par notre cabinet partenaire, et je souhaiterais vous rencontrer.

Seriez-vous disponible le mercredi 15 avril à 10h00 dans nos bureaux du quai de la Monnaie ? L'entretien durera environ une heure et portera sur votre connaissance des grands crus et votre approche des importateurs belges et néerlandais.

Bien cordialement,

Olivier Guérin-Lapeyre
Directeur commercial Europe
Bordeaux Grands Crus Diffusion
18 quai de la Monnaie – 33800 Bordeaux
T +33 5 56 31 47 70 | M +33 6 80 14 52 09"""),
    ),
    dict(
        key="inv_oeno", kind="interview_invitation", name="oenoport_meet_visio", lang="fr",
        company="Oenoport Export", contact="camille.teyssier@oenoport.example.fr",
        frm=("Camille Teyssier", "camille.teyssier@oenoport.example.fr"),
        subject="Re: Candidature spontanée – export Amérique du Nord",
        date="2026-07-20 10:31", parent="ack_oeno",
        text="""Bonjour Gaspard,

J'ai lu votre CV ce week-end comme promis, et j'aimerais qu'on en parle de vive voix.

Je vous propose une visio jeudi 23 juillet à 14h00 avec mon associé Yann, qui suit nos domaines clients au Québec. Lien Google Meet : https://meet.example.com/oen-port-gas

Une demi-heure devrait suffire pour un premier contact.

Camille Teyssier
Fondatrice – Oenoport Export
Agence d'export pour vignerons indépendants
5 place de la Bourse, 33000 Bordeaux · 06 58 31 02 77
""",
    ),
    # --- English ---
    dict(
        key="inv_hp", kind="interview_invitation", name="hawthorne_pryce_via_greenhouse_screen",
        lang="en", company="Hawthorne & Pryce Wine Merchants",
        contact="hannah.cole@hawthornepryce.example.co.uk",
        frm=("Hannah Cole via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Hannah Cole", "hannah.cole@hawthornepryce.example.co.uk"),
        subject="Hawthorne & Pryce – phone screen for Export Sales Executive",
        date="2026-01-28 15:10", tz="london", parent="ack_hp",
        text="""Hi Gaspard,

Thanks so much for applying for our Export Sales Executive – France & Benelux role. I'd love to set up a 30-minute phone screen to learn more about your background and tell you about the team.

Please pick a time that suits you next week using the link below:
https://app.greenhouse.io/scheduling/hawthorne-pryce/a81b7f2e

Looking forward to speaking!

Hannah Cole
Talent Partner | Hawthorne & Pryce Wine Merchants
""",
    ),
    dict(
        key="inv_dufr", kind="interview_invitation", name="dufresne_workday_schedule", lang="en",
        company="Maison Dufresne-Lacoste", contact="",
        frm=("Maison Dufresne-Lacoste", "dufresnelacoste@myworkday.com"),
        subject="Action required: schedule your interview – Brand Ambassador Export (R-0412)",
        date="2026-02-17 04:12", tz="pacific", headers=AUTO, parent="ack_dufr",
        text="""Dear Gaspard Lindqvist-Mensah,

Congratulations, you have been selected to interview for the position Brand Ambassador Export (R-0412).

Please sign in to your candidate home and select an available interview slot within the next 3 business days. The interview will take place on Microsoft Teams with the hiring team in Cognac.

Schedule your interview:
https://dufresnelacoste.wd3.myworkdayjobs.com/fr-FR/careers/userHome

Best regards,
Talent Acquisition – Maison Dufresne-Lacoste

This is a system-generated message. Please do not reply.
""",
    ),
    dict(
        key="inv_vine", kind="interview_invitation", name="vine_talent_free_thursday_chat", lang="en",
        company="Vine Talent Partners", contact="james.okafor@vinetalent.example.co.uk",
        frm=("James Okafor", "james.okafor@vinetalent.example.co.uk"),
        subject="Quick chat Thursday?",
        date="2026-03-10 12:02", tz="london", parent="ack_vine",
        text="""Hi Gaspard,

Are you free Thursday to chat? I've got a role with a London importer I can't name just yet, heavy on Bordeaux and Burgundy, and I think your floor experience would land well with them.

Could I call you at 10:00 UK time (11:00 for you)? It would be a proper screening call of about 30 minutes, so have your salary expectations and notice period to hand.

Cheers,
James

James Okafor
Senior Consultant, Wine & Spirits
Vine Talent Partners | +44 20 7946 0318
""",
    ),
    dict(
        key="inv_alb", kind="interview_invitation", name="albion_panel_calendar_request", lang="en",
        company="Albion Fine Wine", contact=REBECCA[1], frm=REBECCA, tz="london",
        subject="Invitation: Panel interview – Trade Sales Manager",
        date="2026-05-05 09:15",
        text="""Dear Gaspard,

Thank you for your application for the Trade Sales Manager role. We would like to invite you to a panel interview at our Borough office on Thursday 14 May at 2pm.

The panel will be me, our Managing Director Oliver Grant and our Buying Manager. The first twenty minutes will be a blind tasting of three wines, followed by a conversation about how you would grow our restaurant accounts.

A calendar invitation is attached; please accept it or let me know if you need another time.

Best wishes,
Rebecca Hughes
Head of Trade Sales, Albion Fine Wine
88 Borough High Street, London SE1 1LL
""",
        alt_ics=dict(uid="albion-panel-tsm-0514@albionfinewine.example.co.uk", sequence=0,
                     start="2026-05-14 14:00", minutes=75, tz="london",
                     summary="Panel interview - Gaspard Lindqvist-Mensah (Trade Sales Manager)",
                     location="Albion Fine Wine, 88 Borough High Street, London SE1",
                     organizer=REBECCA, cte="7bit",
                     prodid="-//Google Inc//Google Calendar 70.9054//EN"),
    ),
    dict(
        key="inv_bor", kind="interview_invitation", name="selections_boreales_ashby_schedule",
        lang="en", company="Sélections Boréales",
        contact="ingrid.solberg@selections-boreales.example.fr",
        frm=("Ingrid Solberg (Sélections Boréales)", "no-reply@ashbyhq.com"),
        reply_to=("Ingrid Solberg", "ingrid.solberg@selections-boreales.example.fr"),
        name_enc=("utf-8", "B"),
        subject="Let's find a time – Nordic Key Account Manager",
        date="2026-08-03 10:00", headers=AUTO,
        text="""Hi Gaspard,

Thanks for applying to Sélections Boréales! We'd like to invite you to a 45-minute video interview with me and Henrik Dahl, who leads our sales to Sweden and Norway.

Please choose a time that works for you:
https://jobs.ashbyhq.com/selections-boreales/interview/schedule/2bd94e01

The conversation will be in English, with perhaps a few words of Swedish if you're up for it.

Best,
Ingrid Solberg
Head of People, Sélections Boréales
""",
        html=ats_card("Sélections Boréales", """Hi Gaspard,

Thanks for applying to Sélections Boréales! We'd like to invite you to a 45-minute video interview with me and Henrik Dahl, who leads our sales to Sweden and Norway.

The conversation will be in English, with perhaps a few words of Swedish if you're up for it.

Best,
Ingrid Solberg
Head of People, Sélections Boréales""", button=("Choose a time", "https://jobs.ashbyhq.com/selections-boreales/interview/schedule/2bd94e01"),
            lang="en", colour="#1f3f66", footer="Sent with Ashby. Reply to this email to reach Ingrid directly."),
    ),
    dict(
        key="inv_lq", kind="interview_invitation", name="liberty_quay_pitch_assessment", lang="en",
        company="Liberty Quay Wines", contact="sam.adeyemi@libertyquay.example.co.uk",
        frm=("Sam Adeyemi", "sam.adeyemi@libertyquay.example.co.uk"),
        subject="Next step: pitch day on 25 June",
        date="2026-06-15 11:26", tz="london",
        text="""Hi Gaspard,

Great speaking on Friday. We'd like you to come to our assessment afternoon for the Nordic Export Executive role on Thursday 25 June, 1pm to 5pm, at our office in Wapping.

You'll prepare a 10-minute pitch of two wines from our list to a mock buyer from a state monopoly, followed by Q&A with me and our founder. There's also a short written pricing exercise. Three other candidates will be there on the same day.

Can you confirm by Wednesday? We can reimburse the Eurostar.

Sam Adeyemi
Head of Export, Liberty Quay Wines
Liberty Quay, 60 Wapping High Street, London E1W 2NE
""",
    ),
    # --- German ---
    dict(
        key="inv_stein", kind="interview_invitation", name="steinreuth_video_interview_quotes_app",
        lang="de", company="Weingut Steinreuth", contact="k.steinreuth@steinreuth.example.de",
        frm=("Katharina Steinreuth", "k.steinreuth@steinreuth.example.de"),
        subject="Re: Bewerbung als Exportvertriebsmitarbeiter Skandinavien",
        date="2026-03-30 17:48", parent="cand_app_stein", quote=("cand_app_stein", "gmail"),
        text="""Sehr geehrter Herr Lindqvist-Mensah,

vielen Dank für Ihre Bewerbung, die mich sehr angesprochen hat. Gern würde ich Sie in einem Videointerview näher kennenlernen.

Passt Ihnen Mittwoch, der 8. April, um 10 Uhr? Wir sprechen etwa 45 Minuten über Zoom, den Link schicke ich nach Ihrer Zusage.

Mit freundlichen Grüßen
Katharina Steinreuth
Weingut Steinreuth, Bernkastel-Kues
""",
    ),
    dict(
        key="inv_kell", kind="interview_invitation", name="kellerman_client_interview_b64", lang="de",
        company="Rheinfeld Weinimport", contact=FELIX[1], frm=FELIX, cte="b64",
        subject="Vorstellungsgespräch bei Rheinfeld Weinimport am 1. Juli",
        date="2026-06-22 16:20",
        text="""Sehr geehrter Herr Lindqvist-Mensah,

wie telefonisch besprochen, habe ich Ihr Profil der Rheinfeld Weinimport vorgestellt, und die Geschäftsführung möchte Sie kennenlernen.

Termin: Mittwoch, 1. Juli 2026, 11:00 Uhr
Ort: Rheinfeld Weinimport, Zurmaiener Straße 140, 54292 Trier
Gesprächspartner: Herr Rheinfeld (Geschäftsführer) und Frau Kohlhaas (Personal)

Es geht um die Position Key Account Export Frankreich/Benelux. Bitte bestätigen Sie mir den Termin kurz.

Beste Grüße
Felix Amberg
Kellerman Executive Search
+49 69 2475 3310
""",
    ),
    dict(
        key="inv_ost", kind="interview_invitation", name="ostermann_calendar_request_de", lang="de",
        company="Weinhandel Ostermann", contact=JONAS[1], frm=JONAS,
        subject="Einladung zum Gespräch – Export Skandinavien",
        date="2026-09-07 08:33",
        text="""Sehr geehrter Herr Lindqvist-Mensah,

vielen Dank für Ihre Unterlagen. Wir möchten Sie gern zu einem persönlichen Gespräch in unseren Laden in Trier einladen, am Mittwoch, 16. September, um 15 Uhr.

Ich habe Ihnen eine Kalendereinladung geschickt. Bringen Sie gern Zeit für eine kleine Verkostung mit.

Freundliche Grüße
Jonas Ostermann
Weinhandel Ostermann, Fleischstraße 61, 54290 Trier
""",
        alt_ics=dict(uid="ostermann-gespraech-0916@ostermann-wein.example.de", sequence=0,
                     start="2026-09-16 15:00", minutes=90,
                     summary="Gespräch Export Skandinavien – G. Lindqvist-Mensah",
                     location="Weinhandel Ostermann, Fleischstraße 61, Trier",
                     organizer=JONAS),
    ),
    dict(
        key="inv_brau", kind="interview_invitation", name="brauneck_trial_work_day_latin1",
        lang="de", company="Sektkellerei Brauneck", contact="p.lenz@brauneck-sekt.example.de",
        frm=("Petra Lenz", "p.lenz@brauneck-sekt.example.de"),
        subject="Einladung zum Probearbeitstag",
        date="2026-05-11 14:05", charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "B"),
        text="""Guten Tag Herr Lindqvist-Mensah,

vielen Dank für Ihre Bewerbung als Vertriebsassistent Export. Bevor wir uns entscheiden, möchten wir Sie gern einen Tag lang im Betrieb erleben.

Wir laden Sie zu einem Probearbeitstag am Mittwoch, 20. Mai, ein. Beginn ist um 8 Uhr in der Kellerei, Mittelstraße 9, 56841 Traben-Trarbach. Sie begleiten unseren Exportleiter bei Kundentelefonaten mit Belgien und führen am Nachmittag eine Sektverkostung für eine Besuchergruppe.

Bitte geben Sie uns bis Freitag Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
Petra Lenz
Personal
Sektkellerei Brauneck
Tel. 06541 81 23 0
""",
    ),
    # --- Spanish ---
    dict(
        key="inv_vald", kind="interview_invitation", name="valdemira_day_at_winery", lang="es",
        company="Bodegas Valdemira", contact="inigo.saenz@valdemira.example.es",
        frm=("Íñigo Sáenz de Ugarte", "inigo.saenz@valdemira.example.es"),
        name_enc=("iso-8859-1", "B"),
        subject="Jornada en la bodega – puesto de Export Manager",
        date="2026-06-10 13:05", parent="ack_vald",
        text="""Hola Gaspard:

Begoña me ha pasado tu candidatura y me ha gustado mucho tu perfil. Más que una entrevista clásica, te propongo pasar una jornada con nosotros en la bodega el jueves 18 de junio.

Empezaríamos a las 9:30 con una visita al viñedo, después una cata de nuestros crianzas y reservas, y por la tarde una entrevista conmigo y con nuestra directora financiera.

¿Te viene bien? Si vienes desde Burdeos en coche, te reservamos habitación en Haro para la noche anterior.

Un saludo,
Íñigo Sáenz de Ugarte
Director Comercial – Bodegas Valdemira
Camino de la Estación s/n, 26200 Haro · +34 941 31 07 42
""",
    ),
    dict(
        key="inv_temp", kind="interview_invitation", name="temporis_client_interview_ebro", lang="es",
        company="Distribuidora Ebro Vinos", contact="nerea.garrido@temporis.example.es",
        frm=("Nerea Garrido", "nerea.garrido@temporis.example.es"),
        subject="Entrevista con Distribuidora Ebro Vinos",
        date="2026-04-22 12:40", parent="missed_temp",
        text="""Hola Gaspard:

Gracias por la llamada de ayer, por fin coincidimos. Como te comenté, te he propuesto a nuestro cliente Distribuidora Ebro Vinos para el puesto de comercial de exportación y quieren conocerte.

La entrevista será el martes 28 de abril a las 11:00 en sus oficinas del Polígono Cantabria, calle Las Cañas 40, Logroño. Te recibirá su gerente, Jesús Arnedo.

Confírmame por favor que puedes ir.

Un saludo,
Nerea Garrido
Consultora de selección – Grupo Temporis ETT
941 27 55 10
""",
    ),
    dict(
        key="inv_onta", kind="interview_invitation", name="ontanon_ruiz_video_ics_attachment",
        lang="es", company="Bodegas Ontañón-Ruiz", contact=MARTA[1], frm=MARTA,
        subject="Entrevista por videollamada – Export Area Manager Asia",
        date="2026-02-16 10:18",
        text="""Estimado Gaspard:

Tras revisar su candidatura para el puesto de Export Area Manager Asia, nos gustaría mantener una entrevista por videollamada con usted.

Fecha: martes 24 de febrero de 2026
Hora: 16:00 (hora peninsular)
Duración aproximada: 45 minutos
Participantes: Álvaro Ruiz, director de exportación, y yo misma

Adjuntamos la convocatoria para su calendario con el enlace de Teams.

Un cordial saludo,

Marta Ezquerro
Departamento de Recursos Humanos
Bodegas Ontañón-Ruiz – Avda. de Santo Domingo 14, 26200 Haro (La Rioja)
Tel. +34 941 30 12 58

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.
""",
        attach=[dict(filename="entrevista.ics", ctype="application/ics", ics=dict(
            uid="onta-eam-asia-0224@ontanonruiz.example.es", sequence=0,
            start="2026-02-24 16:00", minutes=45,
            summary="Entrevista Export Area Manager Asia – Gaspard Lindqvist-Mensah",
            location="Microsoft Teams", organizer=MARTA,
            description="Enlace: https://teams.example.com/l/meetup-join/onta-eam"))],
    ),
    # ============================== reschedules and cancellations ===============================
    # --- French ---
    dict(
        key="res_marq", kind="interview_reschedule_or_cancel", name="marquessac_sequence_bump",
        lang="fr", company="Château Marquessac", contact=CLAIRE[1], frm=CLAIRE,
        subject="Mise à jour : entretien – Responsable export pays nordiques",
        date="2026-05-18 08:47", parent="inv_marq", quote=("inv_marq", "outlook"),
        text="""Bonjour Monsieur Lindqvist-Mensah,

M. Dalmas doit accompagner un importateur finlandais au château jeudi matin ; nous sommes contraints de déplacer notre rendez-vous.

Nouveau créneau : mardi 26 mai à 15h00, même lieu et même format. L'invitation de votre agenda a été mise à jour. Si ce nouvel horaire vous pose problème, dites-le-moi.

Veuillez nous excuser pour ce changement.

Claire Fonteneau
Responsable ressources humaines
Château Marquessac
""",
        html=outlook_html("""Bonjour Monsieur Lindqvist-Mensah,

M. Dalmas doit accompagner un importateur finlandais au château jeudi matin ; nous sommes contraints de déplacer notre rendez-vous.

Nouveau créneau : mardi 26 mai à 15h00, même lieu et même format. L'invitation de votre agenda a été mise à jour. Si ce nouvel horaire vous pose problème, dites-le-moi.

Veuillez nous excuser pour ce changement.

Claire Fonteneau
Responsable ressources humaines
Château Marquessac"""),
        alt_ics=dict(uid="marq-entretien-2026-0521@marquessac.example.fr", sequence=1,
                     start="2026-05-26 15:00", minutes=60,
                     summary="Entretien Responsable export pays nordiques – G. Lindqvist-Mensah",
                     location="Château Marquessac, 12 chemin de Bourran, 33600 Pessac",
                     organizer=CLAIRE),
    ),
    dict(
        key="res_vaut", kind="interview_reschedule_or_cancel", name="vautrin_cancel_interviewer_ill",
        lang="fr", company="Champagne Vautrin & Fils", contact=LUC[1], frm=LUC,
        subject="Annulé : Entretien comité export – jeudi 19 mars",
        date="2026-03-17 18:20", parent="inv_vaut",
        text="""Monsieur,

Mme Marchetti-Vautrin est souffrante et devra garder la chambre toute la semaine. Nous sommes donc obligés d'annuler l'entretien prévu ce jeudi 19 mars à 14h00.

Ce n'est que partie remise : je reviendrai vers vous dès son retour pour fixer une nouvelle date avec le comité. Votre candidature reste bien entendu à l'étude.

Avec toutes nos excuses,

Luc Hennequin
Responsable RH
Champagne Vautrin & Fils
""",
        alt_ics=dict(method="CANCEL", uid="vautrin-comite-20260319@vautrin-champagne.example.fr",
                     sequence=1, start="2026-03-19 14:00", minutes=90,
                     summary="Annulé : Entretien comité export – Gaspard Lindqvist-Mensah",
                     location="Champagne Vautrin & Fils, 14 rue des Crayères, Reims",
                     organizer=LUC),
    ),
    dict(
        key="res_corb", kind="interview_reschedule_or_cancel", name="corbelin_moved_after_harvest",
        lang="fr", company="Domaine Corbelin", contact="mathilde.roux@corbelin.example.fr",
        frm=("Mathilde Roux", "mathilde.roux@corbelin.example.fr"),
        subject="Re: Journée d'essai au domaine",
        date="2026-08-19 16:02", parent="cand_corb_move", quote=("cand_corb_move", "gmail"),
        text="""Bonjour Gaspard,

Pas de souci pour le 27, on comprend tout à fait.

Par contre, les vendanges démarrent le 1er septembre cette année et Aurélien ne sera pas disponible avant la fin. Nous vous proposons donc de décaler la journée d'essai au mardi 29 septembre, même programme, arrivée à 8h30.

Je bloque la date sauf contre-ordre de votre part.

Mathilde
""",
    ),
    dict(
        key="res_hemery", kind="interview_reschedule_or_cancel", name="hemery_client_moves_to_friday",
        lang="fr", company="Les Grands Chais de l'Estuaire", contact="a.vidalenc@hemery-rh.example.fr",
        frm=("Antoine Vidalenc - Cabinet Hémery & Associés", "a.vidalenc@hemery-rh.example.fr"),
        name_enc=("iso-8859-1", "Q"),
        subject="Changement : votre rendez-vous avec M. Roussel",
        date="2026-02-06 17:34", parent="inv_hemery",
        text="""Bonjour Gaspard,

Petit changement de programme : Marc Roussel doit partir à Londres mardi pour un salon professionnel. Votre rendez-vous du mardi 10 février est donc déplacé au vendredi 13 février à 9h30.

Autre différence, ce premier échange se fera par téléphone : M. Roussel vous appellera directement sur votre portable. Une visite à Blaye suivra si le courant passe.

Bon week-end,

Antoine Vidalenc
Cabinet Hémery & Associés
06 42 18 90 33
""",
    ),
    dict(
        key="res_arb", kind="interview_reschedule_or_cancel", name="arbelot_coffee_pushed_a_week",
        lang="fr", company="Négoce Arbelot", contact="julien.sarrazin@arbelot-vins.example.fr",
        frm=("Julien Sarrazin", "julien.sarrazin@arbelot-vins.example.fr"),
        subject="Re: Un café jeudi ?",
        date="2026-01-28 07:55", parent="inv_arb", quote=("inv_arb", "gmail"), cte="8bit",
        text="""Gaspard,

Désolé, je dois décaler notre café de demain : je pars ce soir sur un salon à Paris avec deux clients chinois, pas moyen d'y couper.

On dit mardi 3 février, même heure, même endroit ?

Julien
""",
    ),
    dict(
        key="res_uvbe", kind="interview_reschedule_or_cancel", name="uvbe_assessment_moved_new_room",
        lang="fr", company="Union des Vins de Bordeaux à l'Export", contact="f.aubigeon@uvbe.example.fr",
        frm=("Florence Aubigeon", "f.aubigeon@uvbe.example.fr"),
        subject="Modification – centre d'évaluation reporté au 10 avril",
        date="2026-04-01 14:26", parent="inv_uvbe",
        text="""Monsieur,

En raison d'une assemblée générale de l'interprofession qui mobilise nos locaux le 9 avril, le centre d'évaluation est reporté au vendredi 10 avril 2026.

Les horaires restent inchangés (8h45 – 17h00), mais la journée se tiendra à la Maison du Négoce, salle Montesquieu, 11 rue Esprit-des-Lois, 33000 Bordeaux.

Merci de nous confirmer votre présence à cette nouvelle date.

Florence Aubigeon
Responsable ressources humaines
Union des Vins de Bordeaux à l'Export
""",
    ),
    dict(
        key="res_csg", kind="interview_reschedule_or_cancel", name="clos_sainte_gemme_call_cancelled",
        lang="fr", company="Clos Sainte-Gemme", contact="romain.castera@clos-sainte-gemme.example.fr",
        frm=("Romain Castéra", "romain.castera@clos-sainte-gemme.example.fr"),
        subject="Re: Candidature – poste export Clos Sainte-Gemme",
        date="2026-07-09 19:40", parent="inv_csg",
        text="""Gaspard,

Je dois annuler notre visio de demain soir : le gérant veut d'abord revoir la fiche de poste avec l'expert-comptable avant de rencontrer qui que ce soit.

Rien à voir avec toi, promis. Je reviens vers toi dès que j'ai une nouvelle date.

Romain
""",
    ),
    dict(
        key="res_perr", kind="interview_reschedule_or_cancel", name="perraudin_recruitee_rescheduled_html",
        lang="fr", company="Maison Perraudin", contact="",
        frm=("Maison Perraudin", "no-reply@jobs.recruitee.com"),
        subject="Votre entretien a été reprogrammé",
        date="2026-09-14 10:12", headers=AUTO, html_cte="qp",
        html=ats_card("Maison Perraudin – Cavistes depuis 1928", """Bonjour Gaspard,

Votre entretien pour le poste de Responsable grands comptes a été reprogrammé.

Ancien créneau : jeudi 17 septembre 2026, 15:00
Nouveau créneau : lundi 21 septembre 2026, 11:00
Lieu : boutique Rive Gauche, 48 rue du Bac, 75007 Paris

Si ce créneau ne vous convient pas, utilisez le lien ci-dessous pour en choisir un autre.""",
            button=("Gérer mon entretien", "https://perraudin.recruitee.com/o/responsable-grands-comptes/interview"),
            footer="Envoyé via Recruitee pour le compte de Maison Perraudin.", colour="#7a1f2b"),
    ),
    # --- English ---
    dict(
        key="res_hp", kind="interview_reschedule_or_cancel", name="hawthorne_pryce_moved_to_tuesday",
        lang="en", company="Hawthorne & Pryce Wine Merchants",
        contact="hannah.cole@hawthornepryce.example.co.uk",
        frm=("Hannah Cole via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Hannah Cole", "hannah.cole@hawthornepryce.example.co.uk"),
        subject="Re: Phone screen – could we move Thursday?",
        date="2026-01-30 09:58", tz="london", parent="cand_hp_move",
        quote=("cand_hp_move", "gmail"),
        text="""Hi Gaspard,

No problem at all. I've moved our call to Tuesday 3 February at 4pm UK time (5pm for you) and sent you an updated invite. I'll ring the mobile number on your CV.

Best,
Hannah
""",
    ),
    dict(
        key="res_alb", kind="interview_reschedule_or_cancel", name="albion_updated_invitation_seq1",
        lang="en", company="Albion Fine Wine", contact=REBECCA[1], frm=REBECCA, tz="london",
        subject="Updated invitation: Panel interview – Trade Sales Manager",
        date="2026-05-11 17:02", parent="inv_alb",
        text="""Dear Gaspard,

Our Managing Director has been called to a supplier visit in Portugal on Thursday, so we need to move the panel to Friday 15 May at 10.30am. Everything else stays the same, including the tasting.

The calendar invitation has been updated. Sorry for the change, and do tell me if Friday morning is a problem.

Best wishes,
Rebecca
""",
        alt_ics=dict(uid="albion-panel-tsm-0514@albionfinewine.example.co.uk", sequence=1,
                     start="2026-05-15 10:30", minutes=75, tz="london",
                     summary="Panel interview - Gaspard Lindqvist-Mensah (Trade Sales Manager)",
                     location="Albion Fine Wine, 88 Borough High Street, London SE1",
                     organizer=REBECCA, cte="7bit",
                     prodid="-//Google Inc//Google Calendar 70.9054//EN"),
    ),
    dict(
        key="res_bor", kind="interview_reschedule_or_cancel", name="selections_boreales_ashby_rescheduled",
        lang="en", company="Sélections Boréales", contact="",
        frm=("Sélections Boréales", "no-reply@ashbyhq.com"), name_enc=("utf-8", "Q"),
        subject="Your interview with Sélections Boréales has been rescheduled",
        date="2026-08-06 12:44", headers=AUTO, parent="inv_bor",
        text="""Hi Gaspard,

Your interview for Nordic Key Account Manager has been rescheduled.

New time: Tuesday 11 August 2026, 11:00 – 11:45 (Europe/Paris)
Interviewers: Ingrid Solberg, Henrik Dahl
Location: Google Meet (link in the attached invitation)

Need a different time? Reply to your original scheduling email.

Sélections Boréales, via Ashby
""",
        attach=[dict(filename="invite.ics", ics=dict(
            uid="ashby-int-2bd94e01@ashbyhq.com", sequence=1,
            start="2026-08-11 11:00", minutes=45,
            summary="Interview: Nordic Key Account Manager – Gaspard Lindqvist-Mensah",
            location="Google Meet",
            organizer=("Sélections Boréales", "no-reply@ashbyhq.com"),
            prodid="-//Ashby//Interview Scheduling//EN"))],
    ),
    # --- German ---
    dict(
        key="res_stein", kind="interview_reschedule_or_cancel", name="steinreuth_frost_night_moved",
        lang="de", company="Weingut Steinreuth", contact="k.steinreuth@steinreuth.example.de",
        frm=("Katharina Steinreuth", "k.steinreuth@steinreuth.example.de"),
        subject="Verschiebung unseres Videointerviews",
        date="2026-04-06 21:10", parent="inv_stein",
        text="""Sehr geehrter Herr Lindqvist-Mensah,

für Dienstag und Mittwoch ist Nachtfrost angesagt, und wir werden die Nächte mit Frostkerzen in den Steillagen verbringen. Ich möchte Ihnen am Mittwochmorgen keine übermüdete Gesprächspartnerin zumuten.

Können wir unser Videointerview auf Freitag, den 10. April, 10 Uhr verschieben? Der Zoom-Link bleibt derselbe.

Danke für Ihr Verständnis und viele Grüße
Katharina Steinreuth
""",
    ),
    dict(
        key="res_kell", kind="interview_reschedule_or_cancel", name="kellerman_client_cancels_ics",
        lang="de", company="Rheinfeld Weinimport", contact=FELIX[1], frm=FELIX,
        subject="Absage: Termin bei Rheinfeld Weinimport am 1. Juli",
        date="2026-06-29 09:02", parent="inv_kell",
        text="""Sehr geehrter Herr Lindqvist-Mensah,

Herr Rheinfeld hat mich eben angerufen: Er muss wegen einer Betriebsprüfung den Termin am Mittwoch absagen. Der Kunde meldet sich in den nächsten Tagen mit einem neuen Termin, Ihre Kandidatur ist davon nicht berührt.

Die Kalendereinladung habe ich storniert.

Beste Grüße
Felix Amberg
Kellerman Executive Search
""",
        attach=[dict(filename="absage.ics", ics=dict(
            method="CANCEL", uid="kellerman-rheinfeld-0701@kellerman-search.example.de",
            sequence=2, start="2026-07-01 11:00", minutes=60,
            summary="Vorstellungsgespräch Rheinfeld Weinimport",
            location="Zurmaiener Straße 140, Trier", organizer=FELIX, cte="qp"))],
    ),
    # --- Spanish ---
    dict(
        key="res_onta", kind="interview_reschedule_or_cancel", name="ontanon_ruiz_time_change_seq1",
        lang="es", company="Bodegas Ontañón-Ruiz", contact=MARTA[1], frm=MARTA,
        subject="Cambio de hora: entrevista del martes 24 de febrero",
        date="2026-02-20 09:31", parent="inv_onta",
        text="""Estimado Gaspard:

Álvaro Ruiz tiene una cata con un importador japonés que se alarga, por lo que necesitamos retrasar la entrevista del martes 24 de febrero a las 17:30 (hora peninsular). El enlace de Teams no cambia.

Le adjunto la convocatoria actualizada. Disculpe las molestias.

Un cordial saludo,
Marta Ezquerro
Departamento de Recursos Humanos – Bodegas Ontañón-Ruiz
""",
        attach=[dict(filename="entrevista_actualizada.ics", ctype="application/ics", ics=dict(
            uid="onta-eam-asia-0224@ontanonruiz.example.es", sequence=1,
            start="2026-02-24 17:30", minutes=45,
            summary="Entrevista Export Area Manager Asia – Gaspard Lindqvist-Mensah",
            location="Microsoft Teams", organizer=MARTA))],
    ),
    dict(
        key="res_vald", kind="interview_reschedule_or_cancel", name="valdemira_day_postponed_bottling",
        lang="es", company="Bodegas Valdemira", contact="inigo.saenz@valdemira.example.es",
        frm=("Íñigo Sáenz de Ugarte", "inigo.saenz@valdemira.example.es"),
        name_enc=("iso-8859-1", "B"),
        subject="Re: Jornada en la bodega – puesto de Export Manager",
        date="2026-06-15 08:20", parent="inv_vald", quote=("inv_vald", "gmail"),
        text="""Gaspard, buenos días:

Te pido disculpas, pero tenemos que aplazar la jornada del jueves. La embotelladora móvil solo puede venir esa semana y necesito a todo el equipo en la nave.

¿Podrías venir el jueves 25 de junio con el mismo programa? La habitación en Haro la cambiamos nosotros.

Un saludo,
Íñigo
""",
    ),
    # ============================== missed interviews ============================================
    # --- French ---
    dict(
        key="missed_dufr", kind="missed_interview_notice", name="dufresne_waited_on_teams", lang="fr",
        company="Maison Dufresne-Lacoste", contact="elodie.ravat@dufresne-lacoste.example.fr",
        frm=("Élodie Ravat", "elodie.ravat@dufresne-lacoste.example.fr"),
        subject="Entretien Brand Ambassador Export – ce matin",
        date="2026-02-24 10:25", parent="inv_dufr",
        text="""Bonjour Gaspard,

Nous vous avons attendu sur Teams ce matin de 10h00 à 10h15, avec Vincent Garnier, responsable du marché britannique, pour votre entretien au poste de Brand Ambassador Export, mais vous ne vous êtes pas connecté.

Avez-vous rencontré un problème technique ? Merci de me tenir informée.

Cordialement,
Élodie Ravat
Talent Acquisition – Maison Dufresne-Lacoste
2 quai de l'Orangerie, 16100 Cognac
""",
    ),
    dict(
        key="missed_hemery", kind="missed_interview_notice", name="hemery_client_called_twice",
        lang="fr", company="Les Grands Chais de l'Estuaire", contact="a.vidalenc@hemery-rh.example.fr",
        frm=("Antoine Vidalenc - Cabinet Hémery & Associés", "a.vidalenc@hemery-rh.example.fr"),
        name_enc=("iso-8859-1", "Q"),
        subject="Appel de M. Roussel ce matin",
        date="2026-02-13 10:05", parent="res_hemery",
        text="""Gaspard,

Marc Roussel vient de m'appeler : il a essayé de vous joindre à deux reprises à 9h30, comme convenu, et il est tombé les deux fois sur votre messagerie.

Il n'est pas fâché mais un peu surpris. Pouvez-vous me rappeler au plus vite pour qu'on comprenne ce qui s'est passé et que je voie s'il accepte un nouveau créneau ?

Antoine Vidalenc
06 42 18 90 33
""",
    ),
    dict(
        key="missed_caud", kind="missed_interview_notice", name="caudrot_voicemail_twice_cp1252",
        lang="fr", company="Les Vignerons de Caudrot", contact="t.lacombe@caudrot-vignerons.example.fr",
        frm=("Thierry Lacombe", "t.lacombe@caudrot-vignerons.example.fr"),
        subject="Notre rendez-vous téléphonique de 17h",
        date="2026-06-05 17:25", parent="inv_caud", charset="windows-1252", cte="8bit",
        text="""Monsieur,

Je vous ai appelé à 17h00 comme convenu, puis une seconde fois à 17h10 : je suis tombé à chaque fois sur votre messagerie, sur laquelle je vous ai laissé un message.

Je suis en déplacement la semaine prochaine ; si vous souhaitez toujours échanger, écrivez-moi pour que l’on trouve un autre moment.

Thierry Lacombe
Les Vignerons de Caudrot
""",
    ),
    dict(
        key="missed_alterna", kind="missed_interview_notice", name="alterna_registration_no_show",
        lang="fr", company="Alterna Intérim", contact="n.belkacem@alterna-interim.example.fr",
        frm=("Nadia Belkacem", "n.belkacem@alterna-interim.example.fr"),
        subject="Votre rendez-vous d'inscription de cet après-midi",
        date="2026-01-15 15:12", parent="ack_alterna",
        text="""Bonjour Monsieur Lindqvist-Mensah,

Vous aviez rendez-vous à l'agence aujourd'hui à 14h00 pour finaliser votre inscription et faire le point sur votre projet dans le commerce du vin. Nous ne vous avons pas vu et n'avons pas réussi à vous joindre.

Sans nouvelles de votre part, votre dossier restera incomplet et nous ne pourrons pas vous proposer de missions. Vous pouvez reprendre rendez-vous en répondant à ce message.

Cordialement,

Nadia Belkacem
Alterna Intérim Bordeaux Mériadeck – 05 56 44 19 02
""",
    ),
    dict(
        key="missed_oeno", kind="missed_interview_notice", name="oenoport_connected_on_meet",
        lang="fr", company="Oenoport Export", contact="camille.teyssier@oenoport.example.fr",
        frm=("Camille Teyssier", "camille.teyssier@oenoport.example.fr"),
        subject="Re: Candidature spontanée – export Amérique du Nord",
        date="2026-07-23 14:22", parent="inv_oeno", quote=("inv_oeno", "gmail"),
        text="""Gaspard,

Yann et moi étions connectés sur Meet à 14h00, nous avons attendu vingt minutes sans vous voir arriver.

J'imagine qu'il y a eu un contretemps. Dites-moi ce qu'il en est.

Camille
""",
    ),
    # --- English ---
    dict(
        key="missed_vine", kind="missed_interview_notice", name="vine_talent_tried_twice_at_ten",
        lang="en", company="Vine Talent Partners", contact="james.okafor@vinetalent.example.co.uk",
        frm=("James Okafor", "james.okafor@vinetalent.example.co.uk"),
        subject="Re: Quick chat Thursday?",
        date="2026-03-12 10:21", tz="london", parent="inv_vine",
        text="""Hi Gaspard,

I tried calling you twice at 10:00 UK time as agreed, but it went straight to voicemail both times. I've left a message.

No drama, these things happen. Let me know when you can talk and I'll slot you in; the client is keen to move quickly.

James
""",
    ),
    dict(
        key="missed_north", kind="missed_interview_notice", name="northgate_manager_waited_teams",
        lang="en", company="Northgate Wine Agencies", contact="laura.bennett@northgatewine.example.co.uk",
        frm=("Laura Bennett", "laura.bennett@northgatewine.example.co.uk"),
        subject="Today's video interview – Regional Account Manager",
        date="2026-08-20 14:31", tz="london",
        text="""Dear Gaspard,

We had you down for a video interview at 2pm today with our Sales Director, Mark Ellison. Mark waited on Teams for fifteen minutes, but unfortunately you didn't join and we couldn't reach you by phone.

If something went wrong on your side, please let me know by the end of the week.

Kind regards,
Laura Bennett
Recruitment Coordinator
Northgate Wine Agencies, 14 Harbourside Walk, Bristol BS1 5DB
""",
    ),
    # --- German ---
    dict(
        key="missed_brau", kind="missed_interview_notice", name="brauneck_trial_day_no_show",
        lang="de", company="Sektkellerei Brauneck", contact="p.lenz@brauneck-sekt.example.de",
        frm=("Petra Lenz", "p.lenz@brauneck-sekt.example.de"),
        subject="Ihr Probearbeitstag heute",
        date="2026-05-20 09:10", parent="inv_brau", cte="8bit",
        text="""Guten Morgen Herr Lindqvist-Mensah,

unser Exportleiter hat heute ab 8 Uhr in der Kellerei auf Sie gewartet, Sie sind zum vereinbarten Probearbeitstag jedoch nicht erschienen. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte melden Sie sich kurz bei mir, damit wir wissen, ob Sie weiterhin Interesse an der Stelle haben.

Freundliche Grüße
Petra Lenz
Sektkellerei Brauneck
""",
    ),
    dict(
        key="missed_mwek", kind="missed_interview_notice", name="mwek_waited_in_teams", lang="de",
        company="Mosel Wein Export Kontor", contact="stefan.irsch@mwek.example.de",
        frm=("Stefan Irsch", "stefan.irsch@mwek.example.de"),
        subject="Unser Teams-Termin um 11 Uhr",
        date="2026-08-11 11:24",
        text="""Hallo Herr Lindqvist-Mensah,

wir haben heute um 11 Uhr vergeblich in Teams auf Sie gewartet. Ich hoffe, es ist nichts passiert.

Wenn Sie noch Interesse an der Stelle als Export Sales Manager Frankreich haben, schlagen Sie mir bitte zwei neue Zeitfenster für diese Woche vor.

Gruß aus Bernkastel
Stefan Irsch
Geschäftsführer
Mosel Wein Export Kontor
Gestade 8, 54470 Bernkastel-Kues
""",
    ),
    # --- Spanish ---
    dict(
        key="missed_temp", kind="missed_interview_notice", name="temporis_called_twice", lang="es",
        company="Grupo Temporis", contact="nerea.garrido@temporis.example.es",
        frm=("Nerea Garrido", "nerea.garrido@temporis.example.es"),
        subject="Entrevista telefónica de esta mañana",
        date="2026-04-16 10:40", parent="ack_temp",
        text="""Hola Gaspard:

Te llamamos dos veces a las 10:00, la hora que habíamos acordado para la entrevista telefónica de preselección, pero no pudimos localizarte.

¿Te viene bien que lo intentemos de nuevo? Dime una franja horaria y te llamo.

Un saludo,
Nerea Garrido
Grupo Temporis ETT
""",
    ),
]
