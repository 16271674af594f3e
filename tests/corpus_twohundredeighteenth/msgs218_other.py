"""Corpus 218: `other` mail - the candidate's own sent mail, digests, notifications, private
mail that borrows job-search words, auto-replies and refusals that are not job rejections."""

from msgs218_common import (ME, ME_ADDR, M, ats_card, digest_html, digest_text, forwarded,
                            gmail_html, quote, word_html, wrote)

MESSAGES = []
add = MESSAGES.append
SIG = """--
Baptiste Nakamura-Leroy
Rue Saint-Nicolas 41, 5000 Namur
+32 475 00 18 62"""

# ============================================================ the candidate's own mail

MAASSTAD_THANKS = """Dear Sanne,

Thank you for organising this morning's interview, and please pass my thanks to Pieter and Anouk for their time. I enjoyed the discussion about the new line 38 roster and the timetable exercise - it confirmed how much I would like to move from the driver's seat to the planning office.

As mentioned, I can start with a one-month notice period and I am happy to follow a HASTUS course beforehand if that helps.

Kind regards,
Baptiste Nakamura-Leroy"""
add(M(kind="other", slug="own_thank_you_maasstad", lang="en", company="", contact="",
      mid="maasstad_thanks", irt="maasstad_move", frm=ME,
      to=[("Sanne de Wit", "sanne.dewit@maasstadtransit.example.nl")],
      subject="Thank you - interview for Network Scheduling Officer",
      date="2026-02-19 18:40", text=MAASSTAD_THANKS + "\n\n" + SIG))

T = """Madame, Monsieur,

Conducteur de bus depuis onze ans au dépôt de Namur, je souhaite aujourd'hui mettre mon expérience du terrain au service de la planification. Je me permets donc de vous adresser une candidature spontanée pour un poste d'agent de planification ou de régulateur au sein de Tram Liège Exploitation.

Je connais de l'intérieur les contraintes des roulements (temps de conduite, coupures, relèves) et je me forme depuis un an, en cours du soir, aux outils de planification et à Excel avancé.

Vous trouverez mon CV en pièce jointe. Je serais heureux de vous rencontrer pour en discuter.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

""" + SIG
add(M(kind="other", slug="own_spontaneous_application_tram_liege", lang="fr", company="",
      contact="", mid="tle_application", frm=ME,
      to=[("Tram Liège Exploitation – Ressources humaines", "rh.candidatures@tramliege.example.be")],
      subject="Candidature spontanée – agent de planification / régulateur",
      date="2026-01-19 21:05", text=T, html=gmail_html(T),
      pdfs=[("CV_Baptiste_Nakamura-Leroy.pdf", [
          "Baptiste Nakamura-Leroy", "Conducteur de bus (permis D, CAP) - Namur",
          "2015-2026 : conducteur, Transports urbains namurois", "Formation : planification transport (cours du soir)",
          "Langues : francais, anglais, espagnol, notions d'allemand"])]))

IMT_REQUEST = """Bonjour Monsieur Dardenne,

Merci encore pour votre invitation. Je viens de recevoir mon planning de service pour la semaine prochaine et je suis affecté au service de 13h à 21h le mardi 14 juillet, sans possibilité d'échange avec un collègue à si court terme.

Serait-il possible de décaler notre entretien au jeudi 16 ou au vendredi 17 juillet, de préférence en matinée ? Je suis désolé pour ce contretemps.

Bien cordialement,
Baptiste Nakamura-Leroy
+32 475 00 18 62"""
add(M(kind="other", slug="own_reschedule_request_imt", lang="fr", company="", contact="",
      mid="imt_request", irt="imt_invite", frm=ME,
      to=[("Olivier Dardenne", "olivier.dardenne@imt-liege.example.be")],
      subject="Re: Entretien – planificateur transport", date="2026-07-08 07:52",
      text=IMT_REQUEST, cte="8bit"))

T = """Madame Gilson,

Je vous remercie sincèrement pour la proposition de contrat reçue lundi pour le poste de planificateur adjoint, ainsi que pour la qualité de nos échanges.

Après mûre réflexion, je ne vais malheureusement pas pouvoir l'accepter : un contrat à durée déterminée de six mois ne me permet pas de quitter mon poste actuel, qui est à durée indéterminée, avec deux enfants à charge.

Si un poste similaire s'ouvrait en CDI, je serais très heureux que vous pensiez à moi.

Bien cordialement,
Baptiste Nakamura-Leroy"""
add(M(kind="other", slug="own_declines_tsm_offer", lang="fr", company="", contact="",
      mid="tsm_decline", irt="tsm_offer", frm=ME, to=[("Nathalie Gilson", "nathalie.gilson@tsm.example.be")],
      subject="Re: Proposition de contrat – Planificateur adjoint", date="2026-02-12 19:30",
      text=T, html=gmail_html(T), cte="base64"))

T = """Bonjour Madame Kieffer,

Comme convenu, vous trouverez ci-joint le contrat de travail signé (deux pages paraphées et la dernière signée), ainsi que le formulaire de données bancaires.

Je vous confirme ma date d'entrée au 2 novembre 2026. Merci encore à toute l'équipe pour l'accueil lors de la journée d'immersion, j'ai hâte de commencer.

Bien à vous,
Baptiste Nakamura-Leroy

""" + SIG
add(M(kind="other", slug="own_signed_contract_ama", lang="fr", company="", contact="",
      mid="ama_signed", irt="ama_contract", frm=ME,
      to=[("Sophie Kieffer", "sophie.kieffer@ama.example.lu")],
      subject="RE: Votre contrat de travail – Planificateur (signature)",
      date="2026-09-24 20:02", text=T,
      pdfs=[("Contrat_signe_Nakamura-Leroy.pdf", [
          "Contrat de travail - Autobus Moselle-Alzette", "Salarie : Baptiste Nakamura-Leroy",
          "Signe a Namur, le 24 septembre 2026"])]))

FLEXA_DISPO = """Bonjour Monsieur Benali,

Suite à votre appel de vendredi, je vous confirme mes disponibilités pour un entretien chez votre client : je suis en repos les lundi 2, mercredi 4 et vendredi 6 février, et je peux aussi me libérer le mercredi 11.

Mon permis D et ma carte de qualification sont valables jusqu'en 2029.

Bonne soirée,
Baptiste Nakamura-Leroy"""
add(M(kind="other", slug="own_availability_to_agency", lang="fr", company="", contact="",
      mid="flexa_dispo", irt="flexa_reg", frm=ME, to=[("Mehdi Benali", "mehdi.benali@flexa-interim.example.be")],
      subject="Mes disponibilités – entretien chez votre client", date="2026-02-02 20:14",
      text=FLEXA_DISPO, cte="quoted-printable"))

DVG_THANKS = """Sehr geehrte Frau Weißenborn,

vielen Dank für die Organisation des Assessment-Centers heute und die freundliche Aufnahme. Die Fallstudie zur Dienstplanung hat mir großen Spaß gemacht, und das Gespräch mit Herrn Kowalczyk hat mir einen guten Einblick in die Leitstelle gegeben.

Ich bin weiterhin sehr an der Stelle interessiert und freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Baptiste Nakamura-Leroy"""
add(M(kind="other", slug="own_danke_domstadt", lang="de", company="", contact="",
      mid="dvg_thanks", irt="dvg_move", frm=ME,
      to=[("Jana Weißenborn", "jana.weissenborn@dvg-koeln.example.de")],
      subject="Vielen Dank für das Assessment-Center", date="2026-04-09 17:10",
      text=DVG_THANKS, charset="iso-8859-1", cte="quoted-printable"))

AIB_ACCEPT = """Hola Lucía:

Muchas gracias por la invitación. Os confirmo la entrevista del martes 19 de mayo a las 11:00 por videollamada; ese día estoy de descanso, así que sin problema.

Un saludo,
Baptiste"""
add(M(kind="other", slug="own_confirms_interview_aib", lang="es", company="", contact="",
      mid="aib_accept", irt="aib_invite", frm=ME,
      to=[("Lucía Ferrández", "lucia.ferrandez@autocares-ibericos.example.be")],
      subject="Re: Entrevista para Planificador/a de servicios – ¿te va bien el 19 de mayo?",
      date="2026-05-12 20:31", text=AIB_ACCEPT, cte="8bit"))

MOVINORTE_THANKS = """Hola Iñigo:

Gracias por la conversación de esta tarde y por explicarme con tanto detalle cómo funciona la filial de Luxemburgo. Me quedo con muchas ganas de participar en la reorganización de las líneas transfronterizas que comentaste.

Quedo a vuestra disposición para cualquier información adicional.

Un saludo,
Baptiste Nakamura-Leroy"""
add(M(kind="other", slug="own_gracias_movinorte", lang="es", company="", contact="",
      mid="movinorte_thanks", irt="movinorte_cancel", frm=ME,
      to=[("Iñigo Larrañaga", "inigo.larranaga@movinorte.example.es")],
      subject="Gracias por la entrevista", date="2026-07-22 18:05", text=MOVINORTE_THANKS,
      charset="iso-8859-1", cte="8bit"))

PORTLINE_APPLICATION = """Dear Hiring Team,

I would like to apply for the Transport Planner vacancy (ref. PL-TP-2026-07) at your Maasvlakte site.

For the past eleven years I have driven city and regional buses in Namur, Belgium, and over the last two years I have also helped our depot planner build the weekly driver rosters. I am comfortable in English, French and Spanish, and I am currently completing an evening course in transport planning.

My CV is attached. I am ready to relocate to the Rotterdam area.

Kind regards,
Baptiste Nakamura-Leroy
+32 475 00 18 62"""
add(M(kind="other", slug="own_application_portline", lang="en", company="", contact="",
      mid="portline_application", frm=ME,
      to=[("Portline Logistics Recruitment", "careers@portline.example.nl")],
      subject="Application - Transport Planner (PL-TP-2026-07)", date="2026-03-05 07:45",
      text=PORTLINE_APPLICATION,
      pdfs=[("Baptiste_Nakamura-Leroy_CV_EN.pdf", [
          "Baptiste Nakamura-Leroy - CV", "Bus driver, Namur (2015-2026)",
          "Roster support for depot planner (2024-2026)",
          "Languages: French, English, Spanish, basic German"])]))

# ============================================================ digests, alerts, newsletters

ITEMS = [
    ("Planificateur·trice de services (H/F) – Charleroi",
     "Opérateur de bus urbain, CDI, horaire de jour. Entretiens prévus début février.",
     "https://www.mobijobs.example.be/offre/48213?utm_source=alerte"),
    ("Dispatcher transport de personnes – Namur",
     "Intérim 3 mois avec option de contrat fixe. Permis D apprécié.",
     "https://www.mobijobs.example.be/offre/48190?utm_source=alerte"),
    ("Régulateur·trice trafic tram – Liège",
     "Vous assurez la régulation en temps réel du réseau tram. Travail en équipes.",
     "https://www.mobijobs.example.be/offre/48177?utm_source=alerte"),
    ("Conseil de la semaine : un refus n'est jamais personnel",
     "Comment transformer une réponse négative en prochaine étape.",
     "https://www.mobijobs.example.be/conseils/refus?utm_source=alerte"),
]
INTRO = ("Bonjour Baptiste,\n\n4 nouvelles annonces correspondent à votre alerte "
         "« planification transport – Wallonie ».")
FOOT = ("Vous recevez cet e-mail car vous avez créé une alerte sur MobiJobs.be. "
        "Se désinscrire : https://www.mobijobs.example.be/alertes/stop?id=a9921\n\n"
        "MobiJobs – avenue de Stassart 00, 5000 Namur")
add(M(kind="other", slug="mobijobs_alert_digest", lang="fr", company="", contact="",
      frm=("MobiJobs.be", "alertes@mobijobs.example.be"),
      subject="4 nouvelles offres : planification transport – Wallonie",
      date="2026-01-27 06:00", text=digest_text("Vos nouvelles offres", INTRO, ITEMS, FOOT),
      html=digest_html("Vos nouvelles offres", INTRO, ITEMS, FOOT),
      headers=[("List-Id", "Alertes emploi MobiJobs <alertes.mobijobs.example.be>"),
               ("List-Unsubscribe", "<https://www.mobijobs.example.be/alertes/stop?id=a9921>, "
                "<mailto:unsubscribe@mobijobs.example.be?subject=a9921>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")]))

ITEMS = [
    ("Interview season: 7 questions every scheduler gets",
     "From 'walk me through a duty roster' to 'how do you handle a depot strike'.",
     "https://news.transitcareers.example.com/a/7-questions"),
    ("Rejected after the final round? What hiring managers wish you knew",
     "Three recruiters on why the runner-up is often the next hire.",
     "https://news.transitcareers.example.com/a/runner-up"),
    ("Openings this week: 212 planning jobs across the Benelux",
     "Rotterdam, Antwerp, Brussels and Luxembourg lead the list.",
     "https://news.transitcareers.example.com/jobs?region=benelux"),
    ("Podcast: from bus driver to network planner",
     "Episode 41 with a former driver who now runs a timetable team.",
     "https://news.transitcareers.example.com/podcast/41"),
]
INTRO = "Your weekly round-up of careers news for people who keep cities moving."
FOOT = ("You are receiving Transit Careers Weekly because you subscribed at "
        "transitcareers.example.com. Unsubscribe: https://news.transitcareers.example.com/u/bnl77\n"
        "Transit Careers Media Ltd, 00 Tooley Street, London")
add(M(kind="other", slug="transit_careers_weekly", lang="en", company="", contact="",
      frm=("Transit Careers Weekly", "newsletter@news.transitcareers.example.com"),
      reply_to=("Transit Careers Weekly", "no-reply@news.transitcareers.example.com"),
      subject="This week: interview questions, final-round rejections and 212 openings",
      date="2026-03-14 08:00", tz="+0000",
      text=digest_text("Transit Careers Weekly - issue 112", INTRO, ITEMS, FOOT),
      html=digest_html("Transit Careers Weekly - issue 112", INTRO, ITEMS, FOOT, "#283593"),
      headers=[("List-Id", "Transit Careers Weekly <weekly.transitcareers.example.com>"),
               ("List-Unsubscribe", "<https://news.transitcareers.example.com/u/bnl77>"),
               ("Precedence", "list"), ("X-Campaign", "tcw-112")]))

ITEMS = [
    ("Disponent (m/w/d) ÖPNV – Köln", "Verkehrsunternehmen, Vollzeit, ab sofort. "
     "Vorstellungsgespräche laufen bereits.", "https://www.jobrad-koeln.example.de/job/77120"),
    ("Einsatzplaner Fahrdienst (m/w/d) – Bonn", "Tarifvertrag TV-N, 39-Stunden-Woche.",
     "https://www.jobrad-koeln.example.de/job/77098"),
    ("Verkehrsmeister/in – Leverkusen", "Schichtdienst, Führerschein Klasse D erforderlich.",
     "https://www.jobrad-koeln.example.de/job/77064"),
]
INTRO = ("Guten Morgen,\n\nfür Ihren Suchauftrag „Disposition Bus Köln“ gibt es 3 neue "
         "Stellenangebote.")
FOOT = ("Suchauftrag ändern oder löschen: https://www.jobrad-koeln.example.de/suchauftrag/5510\n"
        "JobRad Köln – Ein Service der Rheinmedia Verlags GmbH")
add(M(kind="other", slug="jobrad_suchauftrag", lang="de", company="", contact="",
      frm=("JobRad Köln", "suchauftrag@jobrad-koeln.example.de"),
      subject="3 neue Jobs für „Disposition Bus Köln“", subj_enc="utf-8/q",
      date="2026-05-06 05:30",
      text=digest_text("Neue Stellenangebote", INTRO, ITEMS, FOOT),
      html=digest_html("Neue Stellenangebote", INTRO, ITEMS, FOOT, "#d35400"),
      cte="quoted-printable",
      headers=[("List-Id", "<suchauftrag.jobrad-koeln.example.de>"),
               ("List-Unsubscribe", "<https://www.jobrad-koeln.example.de/suchauftrag/5510/stop>")]))

ITEMS = [
    ("Cómo preparar una entrevista para jefe de tráfico",
     "Las preguntas sobre tacógrafo y tiempos de descanso que nunca fallan.",
     "https://empleologistica.example.es/blog/entrevista-jefe-trafico"),
    ("«Lamentablemente no has sido seleccionado»: qué hacer después",
     "Pide feedback, actualiza tu CV y vuelve a intentarlo en seis meses.",
     "https://empleologistica.example.es/blog/despues-del-no"),
    ("Ofertas destacadas: planificadores en Róterdam y Amberes",
     "Empresas españolas con operaciones en los grandes puertos del norte.",
     "https://empleologistica.example.es/ofertas?zona=benelux"),
]
INTRO = "Hola Baptiste, esta es tu selección semanal de Empleo Logística."
FOOT = ("Recibes este boletín porque te suscribiste en empleologistica.example.es. "
        "Darte de baja: https://empleologistica.example.es/baja?u=7781")
add(M(kind="other", slug="empleo_logistica_boletin", lang="es", company="", contact="",
      frm=("Empleo Logística Semanal", "boletin@empleologistica.example.es"),
      subject="Tu boletín: entrevistas, rechazos y ofertas en el Benelux",
      date="2026-06-12 07:15",
      text=digest_text("Empleo Logística Semanal", INTRO, ITEMS, FOOT),
      html=digest_html("Empleo Logística Semanal", INTRO, ITEMS, FOOT, "#8e44ad"),
      cte="base64",
      headers=[("List-Id", "Boletin Empleo Logistica <boletin.empleologistica.example.es>"),
               ("List-Unsubscribe", "<https://empleologistica.example.es/baja?u=7781>"),
               ("Precedence", "bulk")]))

ITEMS = [
    ("Réussir son entretien d'embauche dans le transport",
     "Nos consultants vous livrent leurs astuces : préparer ses questions, parler de ses horaires, rester concret.",
     "https://www.flexa-interim.example.be/blog/entretien-transport"),
    ("Le refus d'une mission : vos droits en tant qu'intérimaire",
     "Que se passe-t-il si vous refusez une mission ? On fait le point.",
     "https://www.flexa-interim.example.be/blog/refus-mission"),
    ("Nos offres de la semaine à Charleroi et Namur",
     "Chauffeurs C/CE, dispatchers, agents de quai : plus de 40 postes à pourvoir.",
     "https://www.flexa-interim.example.be/offres?region=hainaut-namur"),
]
INTRO = "Bonjour Baptiste, voici les conseils du mois de votre agence Flexa Intérim."
FOOT = ("Flexa Intérim – agréée en Région wallonne. Pour ne plus recevoir notre lettre : "
        "https://www.flexa-interim.example.be/newsletter/desinscription")
add(M(kind="other", slug="flexa_newsletter_conseils", lang="fr", company="", contact="",
      frm=("Flexa Intérim", "newsletter@flexa-interim.example.be"),
      subject="Les conseils du mois : réussir son entretien",
      date="2026-04-08 10:00",
      text=digest_text("Les conseils du mois", INTRO, ITEMS, FOOT),
      html=digest_html("Les conseils du mois", INTRO, ITEMS, FOOT, "#f39c12"),
      headers=[("List-Id", "Newsletter Flexa <news.flexa-interim.example.be>"),
               ("List-Unsubscribe", "<https://www.flexa-interim.example.be/newsletter/desinscription>")]))

T = """Félicitez Julie Renard pour son nouveau poste

Julie Renard a commencé un nouveau poste de Responsable planification chez Transports urbains namurois.

Envoyer un message : https://www.prolink.example.com/messaging/compose?to=julie-renard

Autres actualités de votre réseau :
- Kevin Hardy et 3 autres relations ont changé de poste
- 12 personnes ont consulté votre profil cette semaine

Vous recevez des e-mails de notification ProLink. Se désabonner : https://www.prolink.example.com/settings/notifications
ProLink Ireland Unlimited, Wilton Place, Dublin 2."""
add(M(kind="other", slug="prolink_congratulate_new_position", lang="fr", company="",
      contact="", frm=("ProLink", "notifications-noreply@prolink.example.com"),
      subject="Baptiste, félicitez Julie pour son nouveau poste", date="2026-02-21 14:02",
      tz="+0000", text=T, html=ats_card(T, "ProLink", "#0a66c2"),
      headers=[("List-Unsubscribe", "<https://www.prolink.example.com/settings/notifications>"),
               ("Auto-Submitted", "auto-generated")]))

T = """A recruiter at Maasstad Transit viewed your profile

Sanne de Wit, Talent Acquisition Partner at Maasstad Transit, viewed your profile yesterday.

See who else viewed your profile: https://www.prolink.example.com/me/profile-views

Your profile appeared in 37 searches this week.
Jobs you may be interested in: Timetable Planner (Rotterdam), Crew Scheduler (Antwerp).

You are receiving ProLink notification emails. Unsubscribe: https://www.prolink.example.com/settings/notifications"""
add(M(kind="other", slug="prolink_recruiter_viewed_profile", lang="en", company="",
      contact="", frm=("ProLink", "notifications-noreply@prolink.example.com"),
      subject="A recruiter at Maasstad Transit viewed your profile",
      date="2026-02-04 16:45", tz="+0000", text=T, html=ats_card(T, "ProLink", "#0a66c2"),
      headers=[("List-Unsubscribe", "<https://www.prolink.example.com/settings/notifications>")]))

ITEMS = [
    ("Transport Scheduler - Maasstad Transit - Rotterdam", "Posted 2 days ago - 31 applicants",
     "https://www.prolink.example.com/jobs/view/3901122"),
    ("Crew Planning Officer - Portline Logistics - Rotterdam", "Easy Apply - be an early applicant",
     "https://www.prolink.example.com/jobs/view/3901870"),
    ("Junior Network Planner - Harbour Line Buses - Schiedam", "Actively recruiting",
     "https://www.prolink.example.com/jobs/view/3902004"),
    ("Dispatcher (English speaking) - Rotterdam Port Shuttle - Rotterdam", "Posted 5 hours ago",
     "https://www.prolink.example.com/jobs/view/3902231"),
]
INTRO = "New jobs match your alert 'transport scheduler' in Rotterdam and surroundings."
FOOT = ("Manage your job alerts: https://www.prolink.example.com/jobs/alerts\n"
        "This email was intended for Baptiste Nakamura-Leroy.")
add(M(kind="other", slug="prolink_job_alert_rotterdam", lang="en", company="", contact="",
      frm=("ProLink Job Alerts", "jobalerts-noreply@prolink.example.com"),
      subject="4 new jobs for 'transport scheduler' in Rotterdam",
      date="2026-08-25 06:10", tz="+0000",
      text=digest_text("Your job alert", INTRO, ITEMS, FOOT),
      html=digest_html("Your job alert", INTRO, ITEMS, FOOT, "#0a66c2"),
      headers=[("List-Unsubscribe", "<https://www.prolink.example.com/jobs/alerts>"),
               ("Auto-Submitted", "auto-generated")]))

ITEMS = [
    ("What 200 rejected applications taught me",
     "A planner from Ghent kept every 'unfortunately' email. Here is the pattern she found.",
     "https://blog.careershift.example.com/200-rejections"),
    ("The interview is a two-way street",
     "Questions to ask about shift patterns, overtime and the planning software.",
     "https://blog.careershift.example.com/two-way-interview"),
    ("Moving from operations into an office role",
     "Your field knowledge is the selling point - how to say it in a CV.",
     "https://blog.careershift.example.com/ops-to-office"),
]
INTRO = "Three reads for career changers this month."
FOOT = "CareerShift - advice for people changing jobs. Unsubscribe: https://blog.careershift.example.com/unsub"
add(M(kind="other", slug="careershift_advice_articles", lang="en", company="", contact="",
      frm=("CareerShift", "hello@blog.careershift.example.com"),
      subject="What 200 rejected applications taught one planner", date="2026-05-20 12:00",
      tz="+0000", html=digest_html("CareerShift monthly", INTRO, ITEMS, FOOT, "#16a085"),
      headers=[("List-Id", "CareerShift monthly <monthly.careershift.example.com>"),
               ("List-Unsubscribe", "<https://blog.careershift.example.com/unsub>")]))

T = """Préparer un entretien d'embauche quand on change de métier

Vous êtes conducteur, magasinier ou agent d'accueil et vous visez un poste de bureau ? Le recruteur vous demandera presque toujours pourquoi vous voulez changer. Préparez une réponse courte, positive et tournée vers l'avenir.

Trois conseils de nos conseillers :
1. Traduisez votre expérience de terrain en compétences : gestion des imprévus, connaissance du réseau, sens du service.
2. Préparez un exemple concret d'une situation que vous avez résolue.
3. Ne vous découragez pas après un refus : demandez un retour, il vous servira pour le prochain entretien.

Lire l'article complet : https://www.wallonie-emploi-conseil.example.be/articles/reconversion-entretien

Wallonie Emploi Conseil – le magazine des transitions professionnelles
Gérer mes abonnements : https://www.wallonie-emploi-conseil.example.be/abonnements"""
add(M(kind="other", slug="wec_article_entretien_reconversion", lang="fr", company="",
      contact="", frm=("Wallonie Emploi Conseil", "magazine@wallonie-emploi-conseil.example.be"),
      subject="Préparer un entretien quand on change de métier", date="2026-09-02 11:00",
      text=T, charset="windows-1252", cte="quoted-printable",
      headers=[("List-Id", "Le magazine <magazine.wallonie-emploi-conseil.example.be>"),
               ("List-Unsubscribe", "<https://www.wallonie-emploi-conseil.example.be/abonnements>")]))

REBECCA = ("Rebecca Owusu", "rebecca.owusu@meridiansearch.example.be")
T = """Benelux Transport & Logistics - Q2 market update

Dear candidate,

A short update from the Meridian Search Partners transport desk:

- Hiring processes are getting longer: on average 3.4 interview rounds for planning roles, up from 2.6 last year.
- Fewer outright rejections, more roles "on hold": budgets for public operators are being reviewed in Wallonia and Luxembourg.
- Demand for people with both driving and scheduling experience remains high in Rotterdam and Antwerp.

If your situation has changed, simply reply to this email to update your profile.

Meridian Search Partners - Avenue Louise 326, 1050 Brussels
Unsubscribe: https://www.meridiansearch.example.be/preferences"""
add(M(kind="other", slug="meridian_market_update_newsletter", lang="en", company="",
      contact="", frm=("Meridian Search Partners", "updates@meridiansearch.example.be"),
      subject="Q2 market update: longer interview processes, more roles on hold",
      date="2026-04-16 09:00", text=T, html=ats_card(T, "Meridian Search Partners", "#2c3e50"),
      headers=[("List-Id", "Meridian candidate updates <candidates.meridiansearch.example.be>"),
               ("List-Unsubscribe", "<https://www.meridiansearch.example.be/preferences>"),
               ("Precedence", "bulk")]))

T = """Bonjour Baptiste,

Flexa Intérim organise un webinaire gratuit le jeudi 21 mai à 19h00 : « Réussir ses entretiens dans le transport et la logistique ».

Au programme : les questions pièges, comment parler de ses horaires et de ses contraintes, et une simulation d'entretien en direct avec un responsable d'exploitation.

Inscription : https://www.flexa-interim.example.be/webinaires/entretiens-transport

À bientôt en ligne,
L'équipe Flexa Intérim

Pour ne plus recevoir nos invitations : https://www.flexa-interim.example.be/newsletter/desinscription"""
add(M(kind="other", slug="flexa_webinar_invitation", lang="fr", company="", contact="",
      frm=("Flexa Intérim – Événements", "evenements@flexa-interim.example.be"),
      frm_enc="utf-8/q", subject="Webinaire : réussir ses entretiens dans le transport",
      date="2026-05-11 12:30", text=T,
      html=ats_card(T, "Flexa Intérim", "#f39c12"), cte="quoted-printable",
      headers=[("List-Unsubscribe", "<https://www.flexa-interim.example.be/newsletter/desinscription>")]))

T = """Bonjour Baptiste,

Votre inscription au Salon de l'emploi Transport & Logistique est confirmée.

Date : samedi 10 octobre 2026, de 9h30 à 16h00
Lieu : Namur Expo, avenue Sergent Vrithoff 2, 5000 Namur

Plus de 40 employeurs seront présents : opérateurs de bus et de tram, entreprises ferroviaires, transporteurs routiers et agences d'intérim. Des entretiens éclair de 10 minutes seront possibles sur les stands, sans rendez-vous.

Votre badge : https://salon-transport.example.be/badge/BNL-2231

L'équipe du Salon"""
add(M(kind="other", slug="salon_emploi_registration", lang="fr", company="", contact="",
      frm=("Salon de l'emploi Transport & Logistique", "no-reply@salon-transport.example.be"),
      subject="Votre inscription au Salon de l'emploi Transport & Logistique",
      date="2026-09-28 13:13", text=T, html=ats_card(T, "Salon Transport & Logistique", "#27ae60"),
      headers=[("Auto-Submitted", "auto-generated")]))

# ============================================================ press, podcast, user research

T = """Hi Baptiste,

I host "Behind the Wheel", a small podcast about people who work in public transport (about 3,000 listeners, mostly in the UK and the Low Countries). A listener who works with you at the Namur depot told me you're moving from driving into scheduling.

Would you be up for an interview on the show? It would be a relaxed 40-minute conversation over video about what drivers wish planners knew. Recording would be some evening in May, at a time that suits you. No preparation needed.

Thanks for considering it,
Owen Pritchard
Host, Behind the Wheel
https://behindthewheel.example.fm"""
add(M(kind="other", slug="podcast_interview_request", lang="en", company="",
      contact="owen@behindthewheel.example.fm",
      frm=("Owen Pritchard", "owen@behindthewheel.example.fm"),
      subject="Podcast interview request - Behind the Wheel", date="2026-04-23 19:48",
      tz="+0100", text=T))

T = """Bonjour Monsieur Nakamura-Leroy,

Je suis journaliste au Courrier Mosan et je prépare un article sur le manque de chauffeurs de bus en province de Namur et sur les conditions de travail dans les dépôts.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou autour d'un café, la semaine prochaine ? Vos propos peuvent rester anonymes si vous le préférez.

Merci d'avance,

Élodie Warnier
Journaliste – rédaction de Namur
Le Courrier Mosan
0496 00 27 18"""
add(M(kind="other", slug="press_interview_request", lang="fr", company="",
      contact="elodie.warnier@courriermosan.example.be",
      frm=("Élodie Warnier", "elodie.warnier@courriermosan.example.be"), frm_enc="iso-8859-1/q",
      subject="Demande d'interview – pénurie de chauffeurs", subj_enc="iso-8859-1/b",
      date="2026-03-03 10:31", text=T, charset="iso-8859-1", cte="quoted-printable"))

T = """Hi Baptiste,

Thanks for using the RideMeuse app! We're redesigning the real-time departures screen and we'd love to learn from regular bus users - and, since you told us in the survey that you drive buses yourself, from you in particular.

Would you join a 30-minute user research interview over video? You'll try a prototype and tell us what you think. There are no right or wrong answers. As a thank-you, you'll receive a EUR 25 voucher.

Pick a time that suits you: https://research.ridemeuse.example.be/book/ux-2026-06

Thanks,
Chloé Lambert
UX Researcher, RideMeuse"""
add(M(kind="other", slug="user_research_interview_invite", lang="en", company="",
      contact="chloe.lambert@ridemeuse.example.be",
      frm=("Chloé Lambert", "chloe.lambert@ridemeuse.example.be"), frm_enc="utf-8/q",
      subject="Invitation: 30-min user interview about RideMeuse (EUR 25 voucher)",
      date="2026-06-24 14:20", text=T, html=gmail_html(T)))

# ============================================================ notifications that borrow words

T = """Alerte géolocalisation – véhicule 4127

Le véhicule 4127 (ligne 21, service 21-06) a quitté sa position de stationnement prévue au dépôt de Namur à 05:12 sans ordre de sortie enregistré.

Position GPS actuelle : 50.4669 N, 4.8675 E (Rue de Fer, Namur)
Conducteur connecté : NAKAMURA-LEROY B. (matricule 20871)

Si ce mouvement est normal, aucune action n'est requise. Sinon, contactez la régulation au 081 00 20 00.

Message automatique FleetTrack – ne pas répondre."""
add(M(kind="other", slug="fleettrack_gps_position_alert", lang="fr", company="", contact="",
      frm=("FleetTrack", "alertes-noreply@fleettrack.example.be"),
      subject="[FleetTrack] Alerte position – véhicule 4127", date="2026-02-27 05:14",
      text=T, headers=[("Auto-Submitted", "auto-generated"), ("X-Priority", "1")]))

T = """Hi Baptiste,

Unfortunately, your package is delayed.

Order: 402-77190 (Planning & Scheduling for Transit Operations, paperback)
Original delivery date: Tuesday 12 May
New estimated delivery: Friday 15 May

A sorting problem at our Liège hub has delayed a number of parcels. We're sorry for the inconvenience. You don't need to do anything - we'll keep you posted.

Track your parcel: https://track.parcelnet.example.com/BE402771903

ParcelNet Customer Care
This is an automated message, please do not reply."""
add(M(kind="other", slug="parcel_delayed_unfortunately", lang="en", company="", contact="",
      frm=("ParcelNet", "no-reply@parcelnet.example.com"),
      subject="Unfortunately, your package is delayed", date="2026-05-12 17:03", tz="+0000",
      text=T, html=ats_card(T, "ParcelNet", "#6d4c41")))

T = """Guten Tag Herr Nakamura-Leroy,

leider hat Ihr Zug Verspätung.

ICE 15 Brüssel-Süd → Köln Hbf, heute planmäßig ab 10:25
Voraussichtliche Abfahrt: 11:05 (+40 Minuten)
Grund: Reparatur an der Strecke

Ihre Anschlussverbindung in Köln Hbf ist voraussichtlich nicht gefährdet. Bei einer Ankunftsverspätung ab 60 Minuten haben Sie Anspruch auf eine Fahrpreisentschädigung.

Gute Reise wünscht Ihnen
Ihr Reiseservice

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."""
add(M(kind="other", slug="rail_delay_verspaetung", lang="de", company="", contact="",
      frm=("Reiseservice Rheinschiene", "reiseinfo-noreply@rheinschiene.example.de"),
      subject="Verspätung: ICE 15 Brüssel-Süd → Köln Hbf", subj_enc="utf-8/b",
      date="2026-04-09 08:41", text=T, cte="base64",
      headers=[("Auto-Submitted", "auto-generated")]))

T = """Bonjour M. Nakamura-Leroy,

Rappel de votre rendez-vous :
Dr Anne-Sophie Lemaire – médecine générale
Mercredi 18 mars 2026 à 17h40
Cabinet médical des Tanneurs, rue des Tanneurs 9, 5000 Namur

Merci de vous présenter 5 minutes avant l'heure. En cas d'empêchement, annulez votre rendez-vous au moins 24 heures à l'avance via le lien ci-dessous afin qu'un autre patient puisse en bénéficier :
https://www.docrdv.example.be/rdv/annuler/99K2-118

Cet e-mail est envoyé automatiquement par DocRDV."""
add(M(kind="other", slug="doctor_appointment_reminder", lang="fr", company="", contact="",
      frm=("DocRDV", "rappels@docrdv.example.be"),
      subject="Rappel : votre rendez-vous du mercredi 18 mars à 17h40",
      date="2026-03-17 09:00", text=T, html=ats_card(T, "DocRDV", "#1abc9c"),
      headers=[("Auto-Submitted", "auto-generated")]))

T = """Cher client,

Votre conseillère, Mme Pirard, souhaite faire le point avec vous sur la position de vos comptes et sur votre projet de prêt hypothécaire.

Nous vous proposons un entretien en agence le lundi 8 juin 2026 à 16h30, agence de Namur-Centre, place d'Armes 4.

Confirmer, modifier ou annuler ce rendez-vous : https://www.banquemeuse.example.be/rdv/confirmer?ref=55120

Nous vous rappelons que Banque Meuse ne vous demandera jamais vos codes par e-mail.

Banque Meuse – Ce message est généré automatiquement, merci de ne pas y répondre."""
add(M(kind="other", slug="bank_account_position_meeting", lang="fr", company="", contact="",
      frm=("Banque Meuse", "noreply@banquemeuse.example.be"),
      subject="Votre entretien avec votre conseillère le 8 juin", date="2026-05-29 07:30",
      text=T, html=ats_card(T, "Banque Meuse", "#003366"), cte="quoted-printable"))

T = """Bonjour Monsieur Nakamura-Leroy,

Comme chaque année, l'entretien de la chaudière de l'appartement doit être réalisé avant l'hiver. Le technicien de la société Chauffage Bodart passera le jeudi 1er octobre entre 8h et 12h.

Si ce créneau ne vous convient pas, merci de me le dire avant lundi pour que je puisse déplacer le rendez-vous. Pensez aussi à dégager l'accès au compteur dans la cave.

Bonne journée,
Jean-Marc Dufrasne
(propriétaire – rue Saint-Nicolas 41)
0477 00 51 93"""
add(M(kind="other", slug="landlord_boiler_maintenance", lang="fr", company="",
      contact="jm.dufrasne@skynet.example.be",
      frm=("Jean-Marc Dufrasne", "jm.dufrasne@skynet.example.be"),
      subject="Entretien chaudière – passage du technicien le 1er octobre",
      date="2026-09-21 18:55", text=T, charset="iso-8859-1", cte="8bit"))

T = """Madame, Monsieur,

Les rencontres parents-enseignants du premier trimestre auront lieu le jeudi 15 octobre, de 16h00 à 19h30.

Je souhaiterais vous rencontrer au sujet de Léo, notamment pour faire le point sur son orientation en fin d'année et sur ses résultats en mathématiques. Je vous propose un rendez-vous de 15 minutes à 17h15, en classe 2B.

Merci de me confirmer votre présence par retour de mail ou via le journal de classe.

Cordialement,
Mme Nadia Bouchat
Titulaire de 2e B – Athénée de la Citadelle, Namur"""
add(M(kind="other", slug="school_parent_teacher_meeting", lang="fr", company="",
      contact="n.bouchat@athenee-citadelle.example.be",
      frm=("Nadia Bouchat", "n.bouchat@athenee-citadelle.example.be"),
      cc=[("Secrétariat Athénée", "secretariat@athenee-citadelle.example.be")],
      subject="Rencontre parents-enseignants – Léo (2e B)", date="2026-10-05 12:40",
      text=T, charset="windows-1252", cte="quoted-printable"))

T = """Bonjour,

Votre rendez-vous au contrôle technique est confirmé.

Véhicule : Peugeot 308 – 1-ABC-000
Date : samedi 25 avril 2026 à 08h20
Station : Contrôle Auto Meuse, chaussée de Marche 00, 5100 Naninne

Pour annuler ou déplacer votre rendez-vous : https://rdv.controle-auto-meuse.example.be/gerer/Q8812

Nous vous rappelons de vous munir du certificat de conformité et de la carte grise.

Contrôle Auto Meuse"""
add(M(kind="other", slug="car_inspection_appointment", lang="fr", company="", contact="",
      frm=("Contrôle Auto Meuse", "rdv@controle-auto-meuse.example.be"), frm_enc="iso-8859-1/b",
      subject="Confirmation de votre rendez-vous au contrôle technique",
      date="2026-04-14 20:12", text=T))

T = """Bonjour,

Votre rendez-vous au service Population a bien été enregistré.

Objet : renouvellement de la carte d'identité électronique
Date : mardi 10 février 2026 à 11h20, guichet 4
Adresse : Hôtel de Ville de Namur, service Population

Documents à apporter : votre carte d'identité actuelle et une photo récente conforme aux normes.

Si vous ne pouvez pas vous présenter, merci d'annuler votre rendez-vous en ligne.

Ville de Namur – prise de rendez-vous en ligne
Ne pas répondre à ce message."""
add(M(kind="other", slug="town_hall_id_card_appointment", lang="fr", company="", contact="",
      frm=("Rendez-vous Population", "ne-pas-repondre@rdv.namur.example.be"),
      subject="Confirmation de rendez-vous – service Population", date="2026-01-29 16:22",
      text=T, charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]))

T = """Cher affilié,

Nous avons examiné votre demande de remboursement de lunettes du 2 juin 2026.

Malheureusement, nous ne pouvons pas y donner une suite favorable : l'avantage « lunettes et lentilles » ne peut être accordé qu'une fois tous les trois ans et vous en avez bénéficié en septembre 2024.

Vous pouvez introduire une nouvelle demande à partir du 1er septembre 2027.

Pour toute question, votre conseiller mutualiste se tient à votre disposition en agence.

Mutualité Sambre & Meuse – service prestations
Ce courriel est envoyé automatiquement."""
add(M(kind="other", slug="mutuelle_refund_refused", lang="fr", company="", contact="",
      frm=("Mutualité Sambre & Meuse", "prestations-noreply@mutsm.example.be"),
      subject="Votre demande de remboursement – décision", date="2026-06-18 08:05",
      text=T, html=ats_card(T, "Mutualité Sambre & Meuse", "#0097a7"), cte="base64"))

T = """Hola Baptiste,

Te informamos de que tu vuelo ha sufrido un cambio de horario.

Vuelo: IB 3217 Bruselas – Madrid
Fecha: sábado 4 de julio de 2026
Salida anterior: 10:40 · Nueva salida: 13:15
Llegada prevista: 15:35

Lamentablemente, por motivos operativos, no ha sido posible mantener el horario original. Si el nuevo horario no te conviene, puedes cambiar tu vuelo sin coste o solicitar el reembolso en Gestionar mi reserva.

Gestionar mi reserva: https://www.aerovia.example.es/reserva/K7QX2P

Aerovía – Este correo se ha generado automáticamente."""
add(M(kind="other", slug="flight_schedule_change", lang="es", company="", contact="",
      frm=("Aerovía", "noreply@aerovia.example.es"),
      subject="Cambio en tu vuelo IB 3217 del 4 de julio", date="2026-06-20 03:12",
      text=T, html=ats_card(T, "Aerovía", "#c0392b"), cte="quoted-printable"))

T = """Bonjour Baptiste,

Ton planning de service a été modifié pour la semaine 14 (du 30 mars au 5 avril) :

- mardi 31 mars : service 12-04 remplacé par 21-06 (prise de service 05:05 au dépôt de Namur)
- jeudi 2 avril : repos (compensation du dimanche 29 mars)
- samedi 4 avril : réserve 13h-21h

Le roulement complet est disponible sur l'intranet, rubrique « Mon planning ». Merci de signaler toute erreur au bureau de planification avant vendredi midi.

Valérie Henrard
Bureau de planification – dépôt de Namur
Transports urbains namurois
081 00 20 14"""
add(M(kind="other", slug="current_employer_roster_change", lang="fr", company="",
      contact="valerie.henrard@tun.example.be",
      frm=("Valérie Henrard", "valerie.henrard@tun.example.be"), frm_enc="utf-8/b",
      subject="Modification de ton planning – semaine 14", date="2026-03-25 14:18",
      text=T, html=word_html(T), cte="quoted-printable"))

# ============================================================ friends and contacts

T = """Salut Baptiste,

Bon, petite nouvelle de mon côté : c'est non pour le poste de dispatcher chez les Carolos. Ils m'ont appelé hier soir, très gentiment, mais ils ont pris quelqu'un qui avait déjà fait de la régulation. Après trois entretiens, ça pique un peu.

Je t'en parle parce que tu m'avais dit que tu postulais aussi dans le coin. Si tu passes un entretien là-bas, ils insistent beaucoup sur la gestion des absences de dernière minute, prépare-toi à ça.

On se fait une bière vendredi après le service ? Je te mets leur mail en pièce jointe, que tu voies comment ils tournent ça.

Kevin"""
add(M(kind="other", slug="friend_own_rejection_carolos", lang="fr", company="",
      contact="kevin.hardy77@example.be", frm=("Kevin Hardy", "kevin.hardy77@example.be"),
      subject="Pas retenu…", date="2026-01-24 10:12", text=T, cte="8bit",
      rfc822=dict(frm=("Service RH - Regie des Bus Carolos", "rh.selection@carolobus.example.be"),
                  to=("Kevin Hardy", "kevin.hardy77@example.be"),
                  subject="Votre candidature - dispatcher", date="2026-01-23 18:02",
                  message_id="<rh-2026-0123-0418@carolobus.example.be>",
                  text="""Monsieur Hardy,

Nous vous remercions pour votre participation aux trois entretiens de sélection pour le poste de dispatcher.

Nous avons le regret de vous annoncer que notre choix s'est porté sur un candidat disposant d'une expérience en régulation. Nous ne pourrons donc pas retenir votre candidature.

Nous vous souhaitons plein succès pour la suite.

Le service des ressources humaines
Régie des Bus Carolos""")))

T = """¡Hola primo!

Te cuento: al final no me cogieron en la empresa de autobuses de Valladolid. Hice la entrevista el martes, muy bien en teoría, pero hoy me han escrito que han elegido a otra persona con más experiencia en tráfico. Qué rabia.

Mi madre me dice que tú también estás buscando en Bélgica para pasarte a planificación. ¿Cómo te va? Si tienes algún consejo para las entrevistas, soy todo oídos.

Un abrazo fuerte y recuerdos a Émilie y a los niños,
Dani"""
add(M(kind="other", slug="cousin_own_rejection", lang="es", company="",
      contact="dani.leroy.garcia@example.es",
      frm=("Daniel Leroy García", "dani.leroy.garcia@example.es"), frm_enc="iso-8859-1/b",
      subject="Noticias (no muy buenas)", date="2026-04-29 21:40", text=T,
      charset="iso-8859-1", cte="8bit"))

T = """Coucou Baptiste,

Je suis tombée sur cette annonce en faisant ma veille, ça m'a fait penser à toi. Regarde, c'est dans tes cordes !

Bises,
Julie

""" + forwarded(
    "fr", "Alertes Emploi Mosan <alertes@emploimosan.example.be>", "lun. 1 juin 2026 à 07:00",
    "Nouvelle offre : Agent de planning transport (H/F) – Gembloux", "Julie Renard <julie.renard@example.be>",
    """Agent de planning transport (H/F) – Gembloux

Entreprise de transport de personnes (autocars, 60 véhicules) recherche un agent de planning pour l'organisation des services scolaires et occasionnels.

Profil : expérience de conduite ou d'exploitation, maîtrise d'Excel, sens de l'organisation.
Contrat : CDI temps plein. Entretiens prévus dans la seconde quinzaine de juin.

Postuler : https://www.emploimosan.example.be/offre/20914""")
add(M(kind="other", slug="friend_forwards_job_posting", lang="fr", company="",
      contact="julie.renard@example.be", frm=("Julie Renard", "julie.renard@example.be"),
      subject="Fwd: Nouvelle offre : Agent de planning transport (H/F) – Gembloux",
      date="2026-06-01 12:34", text=T, html=gmail_html(T)))

T = """Dear Baptiste,

Tom Verbeke has applied for a Senior Driver position with Harbour Line Buses and has named you as a referee from his time at the Namur depot.

Could you spare ten minutes to answer a few questions about him? You can reply by email, or tell me a good time for a short call this week. The questions are about his reliability, how he works with colleagues and how he handles difficult passengers.

Everything you tell us will be treated confidentially.

Many thanks,
Priya Raman
HR Advisor | Harbour Line Buses
+31 10 000 3377"""
add(M(kind="other", slug="reference_request_for_colleague", lang="en", company="",
      contact="priya.raman@harbourline.example.nl",
      frm=("Priya Raman", "priya.raman@harbourline.example.nl"),
      subject="Reference request for Tom Verbeke", date="2026-08-06 13:05", text=T,
      html=word_html(T)))

T = """Hi Baptiste,

I came across your profile while researching people who combine hands-on driving experience with an interest in planning - a rare mix.

I recruit for transport operators across the Benelux and Germany. I don't have a specific vacancy to put in front of you today, but I expect several scheduling roles to open in the autumn, mainly in Rotterdam and Luxembourg.

Would you be open to a short introductory conversation at some point so that I know what you are looking for? No pressure at all.

Best regards,
Lars Hendriks
Principal Consultant | Northbound Talent
+31 20 000 6621"""
add(M(kind="other", slug="cold_recruiter_approach_en", lang="en", company="",
      contact="lars.hendriks@northboundtalent.example.nl",
      frm=("Lars Hendriks", "lars.hendriks@northboundtalent.example.nl"),
      subject="Transport scheduling - introduction", date="2026-08-31 10:02", text=T))

T = """Bonjour Monsieur Nakamura-Leroy,

Votre parcours a attiré mon attention sur ProLink : onze ans de conduite, une formation en planification, plusieurs langues… C'est exactement le type de profil que recherchent mes clients du secteur du transport public.

Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais je me permets de prendre contact afin de vous connaître pour de futures opportunités en Wallonie et à Bruxelles.

Si vous le souhaitez, envoyez-moi votre CV à jour ; je vous contacterai dès qu'une mission pourrait vous correspondre.

Bien cordialement,

Stéphanie Gobert
Consultante senior – Horizon RH Transport
+32 2 000 84 40"""
add(M(kind="other", slug="cold_headhunter_approach_fr", lang="fr", company="",
      contact="stephanie.gobert@horizon-rh.example.be",
      frm=("Stéphanie Gobert", "stephanie.gobert@horizon-rh.example.be"), frm_enc="iso-8859-1/q",
      subject="Prise de contact – opportunités transport public", date="2026-05-05 11:50",
      text=T, html=word_html(T), cte="quoted-printable"))

# ============================================================ out-of-office auto-replies

T = """Bonjour,

Je suis absente du bureau jusqu'au lundi 4 mai inclus, sans accès à mes e-mails.

Pour les questions relatives aux entretiens en cours, vous pouvez contacter mon collègue Koen Peeters (koen.peeters@bmu.example.be). Pour les autres demandes, votre message sera traité à mon retour.

Cordialement,
Inès Vanderstraeten
Talent Acquisition – Bruxelles Mobilité Urbaine"""
add(M(kind="other", slug="ooo_bmu_recruiter", lang="fr", company="",
      contact="ines.vanderstraeten@bmu.example.be",
      frm=("Inès Vanderstraeten", "ines.vanderstraeten@bmu.example.be"), frm_enc="utf-8/q",
      subject="Réponse automatique : Merci pour l'entretien de ce matin",
      date="2026-04-24 12:01", text=T,
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

T = """Thank you for your email.

I am out of the office until Monday 23 March with limited access to email. If your message is about a scheduled interview or an urgent vacancy, please contact recruitment@portline.example.nl.

Kind regards,
Femke Bakker
Recruiter | Portline Logistics"""
add(M(kind="other", slug="ooo_portline_recruiter", lang="en", company="",
      contact="femke.bakker@portline.example.nl",
      frm=("Femke Bakker", "femke.bakker@portline.example.nl"),
      subject="Automatic reply: Our phone screen this morning", date="2026-03-17 12:47",
      text=T, irt="portline_missed",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

T = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 19. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@kranich-logistik.example.de oder telefonisch an +49 221 000 7300.

Mit freundlichen Grüßen
Melanie Çelik
Recruiting | Kranich Logistik GmbH"""
add(M(kind="other", slug="ooo_kranich_abwesenheit", lang="de", company="",
      contact="melanie.celik@kranich-logistik.example.de",
      frm=("Melanie Çelik", "melanie.celik@kranich-logistik.example.de"), frm_enc="utf-8/q",
      subject="Abwesenheitsnotiz: AW: Telefoninterview – Disponent Nahverkehr/Shuttle",
      subj_enc="utf-8/q", date="2026-06-11 16:20", text=T, irt="kranich_missed",
      headers=[("Auto-Submitted", "auto-replied")]))

T = """Gracias por tu mensaje.

Estaré fuera de la oficina hasta el 3 de agosto con acceso limitado al correo. Para cualquier asunto relacionado con procesos de selección, escribe a seleccion@movinorte.example.es.

Un saludo,
Iñigo Larrañaga
Director de operaciones – Movinorte Luxemburgo"""
add(M(kind="other", slug="ooo_movinorte_fuera_oficina", lang="es", company="",
      contact="inigo.larranaga@movinorte.example.es",
      frm=("Iñigo Larrañaga", "inigo.larranaga@movinorte.example.es"), frm_enc="utf-8/b",
      subject="Respuesta automática: Gracias por la entrevista", date="2026-07-22 18:05",
      text=T, irt="movinorte_thanks",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

# ============================================================ refusals that are not job rejections

T = """Monsieur,

Nous vous remercions pour votre inscription à la formation qualifiante « Gestionnaire de planning transport » (session de septembre 2026, horaire décalé).

Le nombre de places étant limité à 16 stagiaires et les candidatures très nombreuses, nous sommes au regret de vous informer que votre candidature à cette formation n'a pas été retenue pour la session de septembre. Vous figurez en 5e position sur la liste de réserve.

Une nouvelle session débutera en février 2027 ; vous pouvez vous y inscrire dès maintenant.

Le service des admissions
Centre de formation Transport & Logistique de Wallonie"""
add(M(kind="other", slug="training_course_place_refused", lang="fr", company="", contact="",
      frm=("CFTLW – Admissions", "admissions-noreply@cftlw.example.be"),
      subject="Formation Gestionnaire de planning transport – suite de votre inscription",
      date="2026-07-03 15:00", text=T, html=ats_card(T, "CFTLW", "#34495e"),
      charset="iso-8859-1", cte="quoted-printable"))

T = """Dear Baptiste Nakamura-Leroy,

Thank you for applying to the part-time MSc in Transport Economics and Planning for the 2026-27 academic year.

The admissions committee has now reviewed all applications. We regret to inform you that we are unable to offer you a place on the programme this year. We received far more applications than we have places, and the committee gave priority to applicants with a bachelor's degree in a related field.

You may wish to consider our one-year Postgraduate Certificate in Transport Planning, which does not have this requirement.

Yours sincerely,
Graduate Admissions Office
Lowlands School of Transport Studies

This is an automated message. Please do not reply."""
add(M(kind="other", slug="msc_admission_refused", lang="en", company="", contact="",
      frm=("Graduate Admissions", "admissions-noreply@lsts.example.nl"),
      subject="Your application to the MSc Transport Economics and Planning",
      date="2026-06-26 16:00", text=T, html=ats_card(T, "Lowlands School of Transport Studies", "#7b1fa2")))

T = """Sehr geehrter Herr Nakamura-Leroy,

vielen Dank für Ihre Anmeldung zum Abendkurs „Deutsch B2 für den Beruf“ (Kurs 26H-214, ab 14. September).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt (Platz 3) und melden uns, falls ein Platz frei wird.

Alternativ können Sie sich für den Samstagskurs 26H-219 anmelden, in dem noch Plätze frei sind.

Mit freundlichen Grüßen
Ihre Volkshochschule Aachen-Land
Kursverwaltung"""
add(M(kind="other", slug="language_course_no_place", lang="de", company="", contact="",
      frm=("VHS Aachen-Land Kursverwaltung", "kursverwaltung@vhs-aachenland.example.de"),
      subject="Ihre Anmeldung zum Kurs 26H-214 – Warteliste", date="2026-08-27 10:30",
      text=T, charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]))

T = """Hi Baptiste,

Please verify your email address to finish setting up your candidate account for Channel Rail Operations.

Verify email: https://channelrail.wd3.myworkday.com/channelrail/login/verify?token=8c1f0e

Once verified you can track the status of your applications, update your profile and upload documents.

If you did not create this account, you can ignore this email.

Channel Rail Operations - Careers"""
add(M(kind="other", slug="workday_account_verification", lang="en", company="", contact="",
      frm=("Channel Rail Operations", "channelrail@myworkday.com"),
      subject="Verify your candidate account", date="2026-09-07 07:58", tz="+0000",
      text=T, html=ats_card(T, "Channel Rail Operations", "#1b1464",
                             button=("Verify email", "https://channelrail.wd3.myworkday.com/channelrail/login/verify?token=8c1f0e")),
      headers=[("Auto-Submitted", "auto-generated")]))
