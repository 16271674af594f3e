"""Mail that is not about the candidate's own applications (corpus 92): alerts, newsletters,
life admin, other meanings of interview/position/application, the candidate's own sent mail."""

from msgs92_common import m

X = "other"
ME = ("Élodie Baptiste-Nakamura", "elodie.bn@example.ch")
ME_TH = "example.ch"
BULK = {"List-Unsubscribe": "<https://mail.example.net/unsubscribe?id=42>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

MESSAGES = [
    m(X, "linkedin_job_alert", "en", "", ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
      "“customer experience manager”: 12 new jobs in Geneva", "2026-01-10T07:02:00+00:00", """
Your job alert for customer experience manager in Geneva, Switzerland

Customer Experience Manager – Maison Aurèle – Geneva (Hybrid) – Actively recruiting
Guest Experience Lead – Helvetic Skyways – Geneva Airport – 3 connections work here
Head of Client Services – Banque Privée Lémanique – Geneva – Be an early applicant
Operations Manager – Tidewell – Remote – Easy Apply

See all jobs: https://www.linkedin.example.com/jobs/search/?alert=8812

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.example.com/unsub
""", fmt="alt", system=True, headers=BULK),

    m(X, "jobup_alerte", "fr", "", ("jobup.ch", "alert@jobup.example.ch"),
      "7 nouvelles offres pour « événementiel » à Lausanne", "2026-01-17T06:30:00+01:00", """
Bonjour Élodie,

Voici les nouvelles offres correspondant à votre abonnement :

• Coordinatrice événements 80-100% – Ville de Lausanne
• Chef·fe de projet congrès – Congress Centre Lausanne
• Event Manager – Hôtel de la Paix, Genève
• Responsable banquets – Beau-Rivage Ouchy

Postulez avant les autres ! Modifier ou supprimer votre alerte : https://www.jobup.example.ch/alertes
""", fmt="html", system=True, headers=BULK),

    m(X, "indeed_digest_fr", "fr", "", ("Indeed", "alert@indeed.example.com"),
      "Responsable réception - Annecy : nouveaux emplois", "2026-02-01T05:45:00+00:00", """
Nouveaux emplois pour « responsable réception » près de Annecy (74)

Responsable de réception H/F – Hôtel Impérial Annecy – Annecy – Candidature simplifiée
Night auditor – Camping Les Pins Bleus – Doussard
Assistant(e) de direction hôtellerie – Groupe Hôtelier des Aravis – La Clusaz – Recrute activement

Ces offres correspondent à votre alerte emploi. Se désabonner : https://fr.indeed.example.com/unsub
""", fmt="html", system=True, headers=BULK),

    m(X, "stepstone_de_alert", "de", "", ("StepStone", "jobagent@stepstone.example.de"),
      "Ihr Jobagent: 9 neue Jobs für Eventmanagement in München", "2026-02-14T07:00:00+01:00", """
Hallo Élodie,

Ihr Jobagent hat 9 neue passende Stellenangebote gefunden:

Projektleitung Kongresse (m/w/d) – Messe München – München
Eventmanager (m/w/d) – Eventwerk – Berlin/Remote
Leitung Guest Relations (m/w/d) – Hotel Bayerischer Hof – München

Jetzt ansehen: https://www.stepstone.example.de/jobagent/42

Jobagent abbestellen: https://www.stepstone.example.de/abmelden
""", fmt="html", system=True, headers=BULK),

    m(X, "wttj_newsletter_rejet", "fr", "", ("Welcome to the Jungle", "newsletter@welcometothejungle.example.com"),
      "Refus après un entretien : comment rebondir (vraiment) ?", "2026-02-19T10:00:00+01:00", """
Hello Élodie,

Cette semaine dans la newsletter : recevoir un « malheureusement, nous ne donnerons pas suite » après trois entretiens, ça pique. Notre journaliste a interrogé des recruteurs sur ce qu'ils aimeraient que les candidats fassent après un refus.

→ Faut-il demander un feedback ? (Oui, et voici comment.)
→ Le « ghosting » après un entretien : que dit la loi ?
→ Témoignage : « J'ai raté mon entretien visio parce que mon ordinateur a planté »

Lire l'article : https://www.welcometothejungle.example.com/fr/articles/refus-entretien

Vous recevez cet email car vous êtes inscrite à la newsletter Welcome to the Jungle.
""", fmt="html", system=True, headers={**BULK, "List-Id": "WTTJ Newsletter <newsletter.welcometothejungle.example.com>"}),

    m(X, "hbr_style_newsletter_en", "en", "", ("The Hospitality Careers Brief", "brief@hospitalitycareers.example.org"),
      "Why you didn't get the offer (and what to do next)", "2026-03-01T13:00:00+00:00", """
THE HOSPITALITY CAREERS BRIEF – Issue 87

1. "We've decided to move forward with other candidates": decoding the rejection email
2. Missed your interview? How to write the apology that gets you rescheduled
3. Salary benchmarks 2026: revenue managers in Switzerland and France
4. Interview invitation etiquette: reply within 24 hours

Read online: https://hospitalitycareers.example.org/brief/87

You're receiving this because you subscribed at hospitalitycareers.example.org.
Unsubscribe | Update preferences
""", fmt="alt", system=True,
      headers={**BULK, "List-Id": "Hospitality Careers Brief <brief.hospitalitycareers.example.org>"}),

    m(X, "recruiter_cold_outreach_en", "en", "", ("Tom Brennan", "tom.brennan@apexhospitalitytalent.example.com"),
      "Élodie – hospitality ops roles in Zurich", "2026-03-06T09:14:00+00:00", """
Hi Élodie,

I came across your profile and was really impressed by your background in guest experience across Lausanne and Geneva!

I specialise in placing senior operations talent with luxury hotel groups in Switzerland and the UK, and I'm always keen to connect with strong candidates. I don't have a specific role for you right now, but I'd love to add you to my network so I can flag anything relevant as it comes up.

Feel free to send over an updated CV whenever suits.

Best,
Tom Brennan
Principal Consultant, Apex Hospitality Talent
""", cte="qp"),

    m(X, "chasseur_inmail_fr", "fr", "", ("Nathalie Giroud via LinkedIn", "inmail-hit-reply@linkedin.example.com"),
      "Nathalie vous a envoyé un message", "2026-04-11T12:20:00+00:00", """
Nathalie Giroud
Fondatrice chez Giroud Talents Hôtellerie

Bonjour Élodie, je me permets de vous contacter car votre parcours dans l'hôtellerie de luxe m'interpelle. J'accompagne plusieurs palaces sur l'arc lémanique et je serais ravie d'échanger avec vous dans les prochains mois, au gré des opportunités. Belle journée !

Répondre : https://www.linkedin.example.com/messaging/thread/2-ab
""", fmt="html", system=True, headers=BULK),

    m(X, "podcast_interview_fr", "fr", "", ("Hugo Baud", "hugo@podcast-lesgensduservice.example.fr"),
      "Interview pour le podcast « Les Gens du Service »", "2026-03-12T17:22:00+01:00", """
Bonjour Élodie,

Je produis le podcast « Les Gens du Service » qui donne la parole aux professionnels de l'hôtellerie. Ton passage de la conciergerie au revenue management m'a beaucoup intéressé et j'aimerais beaucoup t'interviewer pour un épisode (45 min, enregistrement à distance).

Est-ce que tu aurais un créneau fin mars ? Je t'envoie les questions à l'avance.

Merci !
Hugo
""", cte="8bit"),

    m(X, "radio_interview_en", "en", "", ("Claire Watts", "claire.watts@radiolemanfm.example.ch"),
      "Radio interview request – tourism after the season", "2026-04-15T10:08:00+02:00", """
Hello Élodie,

I'm a producer at Radio Léman FM (English service). We're doing a segment on sustainable tourism in the Alps and a colleague suggested you as someone who has run zero-waste events.

Would you be available for a 10-minute live interview on Thursday morning? We can do it over the phone.

Best,
Claire Watts
Producer, Radio Léman FM
""", cte="qp"),

    m(X, "user_research_en", "en", "", ("Noor from Hosco", "research@hosco.example.com"),
      "Help us improve Hosco – 30 min interview (CHF 50 voucher)", "2026-04-18T14:00:00+00:00", """
Hi Élodie,

We're redesigning how candidates track their applications on Hosco and would love to hear about your experience in a 30-minute user research interview over Zoom.

As a thank you, you'll receive a CHF 50 voucher. Book a slot here: https://calendly.com/hosco-research/30min

Thanks!
Noor
UX Research, Hosco
""", fmt="html", reply_to=("Noor Abbas", "noor.abbas@hosco.example.com")),

    m(X, "survey_candidate_experience_de", "de", "", ("Trendence Umfrage", "umfrage@trendence.example.de"),
      "Wie war Ihr Bewerbungsprozess? Kurze Umfrage", "2026-05-02T08:00:00+02:00", """
Guten Tag,

Sie haben sich kürzlich bei einem unserer Partnerunternehmen beworben. Wir möchten gerne wissen, wie Sie den Bewerbungsprozess erlebt haben – vom Eingang der Bewerbung bis zum Vorstellungsgespräch.

Die Umfrage dauert 5 Minuten: https://umfrage.trendence.example.de/s/7781

Vielen Dank!
Ihr Trendence-Team
""", fmt="html", system=True, headers=BULK),

    m(X, "friend_rejection_fr", "fr", "", ("Chloé", "chloe.marchand@example.net"),
      "bon ben...", "2026-03-15T22:47:00+01:00", """
Coucou ma belle,

Bon ben c'est mort pour moi chez Lyon Congrès, j'ai reçu le mail ce soir : « nous avons retenu un profil plus en adéquation… ». Trois entretiens pour ça 😩

Et toi t'as des nouvelles de ton entretien à Verbier ? Croise les doigts pour toi !!

On se fait un apéro samedi pour me remonter le moral ?

Bisous
Chloé
""", cte="8bit"),

    m(X, "friend_rejection_en", "en", "", ("Ben Carter", "ben.carter@example.org"),
      "ugh", "2026-05-21T19:10:00+01:00", """
El,

Got the "we won't be moving forward" email from the agency today. After a take-home AND two panels. Honestly I think I'm done with events for a while.

How did your thing in London go? Let me know if you want to grab a call this week.

B
""", cte="qp"),

    m(X, "galaxus_delayed", "fr", "", ("Galaxus", "noreply@galaxus.example.ch"),
      "Ta commande est retardée", "2026-02-06T09:30:00+01:00", """
Bonjour Élodie,

Malheureusement, ta commande n° 81234567 (Machine à café Sage Bambino) est retardée. Notre fournisseur ne nous a pas encore livré l'article.

Nouvelle date de livraison estimée : 13.02.2026. Tu peux annuler ta commande sans frais dans ton compte.

Nous te prions de nous excuser pour ce désagrément.
Ton équipe Galaxus
""", fmt="html", system=True),

    m(X, "colissimo_retard", "fr", "", ("Colissimo", "ne-pas-repondre@colissimo.example.fr"),
      "Votre colis 6A12345678901 a du retard", "2026-03-19T15:15:00+01:00", """
Bonjour,

Malheureusement, la livraison de votre colis 6A12345678901 prend plus de temps que prévu. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Suivre mon colis : https://www.laposte.example.fr/outils/suivre-vos-envois

Colissimo
""", fmt="html", system=True),

    m(X, "gps_position_fr", "fr", "", ("Suivi GPS Tracky", "alertes@tracky.example.com"),
      "Alerte : nouvelle position de votre vélo", "2026-04-04T03:12:00+02:00", """
Votre traceur « Vélo Élodie » a signalé une nouvelle position :

Position : 46.5197° N, 6.6323° E (Lausanne, Avenue d'Ouchy)
Heure : 04.04.2026 03:11
Batterie : 34 %

Voir la position sur la carte : https://app.tracky.example.com/map

Si ce déplacement n'est pas de votre fait, contactez la police.
""", system=True),

    m(X, "bank_loan_application_en", "en", "", ("UBS Switzerland", "no-reply@ubs.example.ch"),
      "We have received your application", "2026-02-12T10:00:00+01:00", """
Dear Ms Baptiste-Nakamura,

Thank you for your application for a personal loan. We have received your application and will review it within 3 business days.

Unfortunately we cannot process applications without a copy of your residence permit. Please upload it in UBS e-banking.

Kind regards,
UBS Switzerland AG
""", fmt="html", system=True),

    m(X, "carte_credit_demande_fr", "fr", "", ("BCV", "info@bcv-notifications.example.ch"),
      "Votre demande de carte de crédit", "2026-05-27T08:40:00+02:00", """
Madame,

Nous avons bien reçu votre demande de carte de crédit Visa Gold et vous en remercions. Après examen de votre dossier, nous ne sommes malheureusement pas en mesure d'y donner une suite favorable pour le moment.

Pour toute question, votre conseillère se tient à votre disposition.

Banque Cantonale Vaudoise
""", system=True, charset="iso-8859-1", cte="qp"),

    m(X, "regie_appartement_refus", "fr", "", ("Régie du Lac", "location@regiedulac.example.ch"),
      "Appartement 3.5 pièces - Av. de Cour 00", "2026-06-05T16:30:00+02:00", """
Madame,

Nous vous remercions de l'intérêt porté à l'appartement de 3.5 pièces sis Av. de Cour 00 à Lausanne.

Nous sommes au regret de vous informer que le propriétaire a retenu un autre dossier. Nous conservons votre demande pour d'autres objets correspondant à vos critères.

Meilleures salutations
Régie du Lac SA
Service location
""", system=True),

    m(X, "university_admission_es", "es", "", ("Admisiones Universidad", "admisiones@universidadbarcelona.example.es"),
      "Resolución de admisión – Máster en Turismo Sostenible", "2026-06-30T11:00:00+02:00", """
Estimada Élodie:

Nos complace comunicarle que ha sido admitida en el Máster Universitario en Turismo Sostenible para el curso 2026-2027.

Para formalizar la matrícula deberá abonar la reserva de plaza antes del 15 de julio.

Atentamente,
Oficina de Admisiones
""", system=True, charset="iso-8859-1", cte="qp"),

    m(X, "ehl_alumni_newsletter", "en", "", ("Alumni Network", "alumni@hotelschool-alumni.example.org"),
      "Alumni News: mentoring, jobs board and the Lausanne reunion", "2026-04-24T16:00:00+02:00", """
Dear alumni,

In this edition: our new mentoring programme pairs you with senior hoteliers; 54 new positions on the alumni jobs board; how Sarah (class of 2014) bounced back after her role was made redundant; and save the date for the Lausanne reunion on 12 September.

Read more: https://hotelschool-alumni.example.org/news/april

To stop receiving these emails, update your preferences.
""", fmt="html", system=True,
      headers={**BULK, "List-Id": "Alumni news <news.hotelschool-alumni.example.org>"}),

    m(X, "own_sent_application_fr", "fr", "", ME,
      "Candidature - Responsable Expérience Client", "2026-01-07T21:30:00+01:00", """
Madame, Monsieur,

Je vous prie de trouver ci-joint ma candidature pour le poste de Responsable Expérience Client publié sur jobup.ch.

Forte de dix ans d'expérience en hôtellerie de luxe et en événementiel entre Lausanne, Genève et Lyon, je serais ravie de vous présenter mon parcours lors d'un entretien.

Dans l'attente de votre retour, je vous prie d'agréer mes meilleures salutations.

Élodie Baptiste-Nakamura
+41 79 000 00 00
""", to=("Ressources humaines", "rh@grandhotel-montreux.example.com"),
      attach=["CV_Baptiste-Nakamura.pdf"], cte="qp"),

    m(X, "own_sent_thankyou_en", "en", "", ME,
      "Thank you – Event Project Manager interview", "2026-03-26T18:40:00+01:00", """
Dear Elif,

Thank you for the opportunity to meet the panel today. I particularly enjoyed discussing the medical congress scenario and how the operations team handles late registrations.

I remain very enthusiastic about the role and look forward to hearing about the next steps.

Kind regards,
Élodie
""", to=("Elif Demir", "elif.demir@cc-lausanne.example.ch"), cte="8bit"),

    m(X, "own_sent_confirm_de", "de", "", ME,
      "Re: Zweites Gespräch", "2026-08-19T08:05:00+02:00", """
Guten Tag Frau Keller

Vielen Dank für die Einladung. Der 26. August um 10:00 Uhr passt mir sehr gut, ich bringe meine Referenzen mit.

Freundliche Grüsse
Élodie Baptiste-Nakamura

Am 18.08.2026 um 14:30 schrieb Nina Keller <nina.keller@kongresshaus.example.ch>:
> Gerne möchten wir Sie zu einer zweiten Runde mit unserem CEO einladen.
""", to=("Nina Keller", "nina.keller@kongresshaus.example.ch"), thread=[("92-kh-inv", "kongresshaus.example.ch")]),

    m(X, "ooo_recruiter_fr", "fr", "", ("Caroline de Senarclens", "cds@senarclens-partners.example.ch"),
      "Réponse automatique : Candidature - Office Manager", "2026-02-16T22:15:00+01:00", """
Bonjour,

Je suis absente du bureau jusqu'au 17 février inclus, avec un accès limité à mes emails. Je traiterai votre message dès mon retour.

En cas d'urgence, merci de contacter le secrétariat au +41 22 000 00 00.

Caroline de Senarclens
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
      thread=[("cand-0216-l", ME_TH)]),

    m(X, "ooo_recruiter_en", "en", "", ("Lucy Pemberton", "lucy@pembertonsearch.example.co.uk"),
      "Automatic reply: CV – updated", "2026-08-10T09:01:00+01:00", """
Thanks for your email! I'm currently on annual leave until Monday 24th August with no access to emails.

For anything urgent please contact my colleague Harry on harry@pembertonsearch.example.co.uk.

Lucy
""", headers={"Auto-Submitted": "auto-replied"}, charset="windows-1252", cte="qp"),

    m(X, "standup_calendar_notification", "en", "", ("Google Calendar", "calendar-notification@google.example.com"),
      "Notification: Daily stand-up @ Mon 7 Sep 2026 9:30am - 9:45am (CEST)", "2026-09-07T09:20:00+02:00", """
Daily stand-up
Monday 7 Sep 2026 ⋅ 9:30 – 9:45am (Central European Time - Zurich)

Join with Google Meet: https://meet.google.com/xyz-abcd-efg

Organizer: ops-team@kosen.example.com
Guests: Élodie Baptiste-Nakamura, Clara Benoît, 6 more

Invitation from Google Calendar
You are receiving this email because you are subscribed to notifications for this calendar.
""", fmt="alt", system=True),

    m(X, "impots_vaud", "fr", "", ("Administration cantonale des impôts", "noreply@vd.example.ch"),
      "Votre déclaration d'impôt 2025 est disponible", "2026-02-03T07:00:00+01:00", """
Madame,

Votre déclaration d'impôt 2025 peut être complétée en ligne via VaudTax jusqu'au 15 mars 2026. Un délai peut être demandé en ligne.

Administration cantonale des impôts
""", system=True, charset="iso-8859-1", cte="qp"),

    m(X, "impots_gouv_fr", "fr", "", ("impots.gouv.fr", "ne-pas-repondre@dgfip.example.fr"),
      "Votre avis d'impôt est disponible", "2026-08-01T06:00:00+02:00", """
Madame BAPTISTE-NAKAMURA ELODIE,

Votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier sur impots.gouv.fr.

Ceci est un message automatique, merci de ne pas y répondre.
La Direction générale des Finances publiques
""", system=True),

    m(X, "cff_billet", "fr", "", ("CFF", "noreply@cff.example.ch"),
      "Votre billet : Lausanne → Zurich HB", "2026-04-13T06:05:00+02:00", """
Bonjour Élodie Baptiste-Nakamura,

Merci pour votre achat. Votre billet dégriffé Lausanne → Zürich HB, 2e classe, valable le 14.04.2026, train IC 1 de 07:20.

Numéro de commande : 123-456-789
Montant : CHF 29.00

Bon voyage !
CFF
""", fmt="html", system=True),

    m(X, "sncf_retard", "fr", "", ("SNCF Connect", "noreply@sncf-connect.example.fr"),
      "TGV Lyria 9766 : votre train est retardé", "2026-05-08T16:42:00+02:00", """
Bonjour,

Votre train TGV Lyria 9766 Paris Gare de Lyon → Lausanne du 08/05 est annoncé avec un retard d'environ 35 minutes.

Vous pouvez bénéficier de la Garantie G30. Nous vous prions de nous excuser pour la gêne occasionnée.

SNCF Connect
""", system=True),

    m(X, "romande_energie_facture", "fr", "", ("Romande Energie", "facturation@romande-energie.example.ch"),
      "Votre facture d'électricité", "2026-03-02T05:00:00+01:00", """
Madame,

Votre facture d'électricité pour la période du 1er décembre au 28 février est disponible : CHF 187.45, à régler d'ici le 31 mars 2026.

Meilleures salutations,
Romande Energie
""", fmt="html", system=True),

    m(X, "assurance_menage_rappel", "fr", "", ("Helvetia Assurances", "service@helvetia-assurances.example.ch"),
      "Renouvellement de votre assurance ménage", "2026-09-15T10:00:00+02:00", """
Madame,

Votre assurance ménage et responsabilité civile arrive à échéance le 31 octobre 2026. La prime pour l'année à venir s'élève à CHF 312.60.

Souhaitez-vous adapter votre somme d'assurance suite à votre déménagement ? Prenez rendez-vous avec votre conseiller.

Meilleures salutations
Votre agence Helvetia
""", system=True, cte="qp"),

    m(X, "easyjet_checkin", "en", "", ("easyJet", "donotreply@easyjet.example.com"),
      "It's time to check in for your flight to London Gatwick", "2026-05-17T08:00:00+01:00", """
Hi Elodie,

Check-in is now open for your flight EZS8471 Geneva to London Gatwick on Tue 19 May 2026, departing 07:10.

Booking reference: K7XQ2P

Check in now and download your boarding pass in the easyJet app.
""", fmt="html", system=True, headers=BULK),

    m(X, "swisscom_facture_de", "de", "", ("Swisscom", "noreply@swisscom.example.ch"),
      "Ihre Rechnung Mai 2026", "2026-05-31T04:00:00+02:00", """
Guten Tag

Ihre Swisscom Rechnung für Mai 2026 über CHF 79.90 ist im Kundencenter verfügbar. Die Zahlung erfolgt per eBill.

Freundliche Grüsse
Ihre Swisscom
""", system=True),

    m(X, "salle_de_sport", "fr", "", ("Let's Move Fitness", "info@letsmovefitness.example.ch"),
      "Ton abonnement annuel se renouvelle bientôt 💪", "2026-06-20T09:00:00+02:00", """
Hello Élodie !

Ton abonnement annuel chez Let's Move Fitness Flon arrive à échéance le 1er juillet. Renouvelle avant le 30 juin et profite de 2 mois offerts + une séance de coaching personnalisée.

On t'attend au cours de body pump mardi !
La team Let's Move
""", fmt="html", system=True, headers=BULK),

    m(X, "cours_espagnol", "es", "", ("Academia Sol", "hola@academiasol.example.ch"),
      "Tu clase del jueves", "2026-04-27T12:00:00+02:00", """
Hola Élodie,

Te recordamos que este jueves la clase de español B2 será online en lugar de presencial. Trae preparada la presentación sobre tu ciudad favorita (¡5 minutos!).

¡Hasta el jueves!
Carmen
Academia Sol – Lausanne
""", contact="hola@academiasol.example.ch", cte="8bit"),

    m(X, "netflix_style", "en", "", ("Streamly", "info@mailer.streamly.example.com"),
      "New on Streamly: the season finale you've been waiting for", "2026-10-02T18:00:00+00:00", """
Hi Élodie,

New this week: the final season of Grand Hotel Secrets, where a young manager gets a job offer she can't refuse. Plus: the documentary "The Interview", about the world's toughest job interviews.

Watch now: https://www.streamly.example.com/title/8877

Streamly · Unsubscribe
""", fmt="html", system=True, headers=BULK),

    m(X, "spotify_style_es", "es", "", ("Melodía", "no-reply@melodia.example.com"),
      "Tu resumen semanal: nuevas canciones para ti", "2026-07-13T09:00:00+00:00", """
Hola Élodie,

Hemos preparado tu Descubrimiento Semanal con 30 canciones nuevas. Además, tu podcast favorito "Entrevistas con emprendedores" tiene un nuevo episodio.

Escuchar ahora: https://open.melodia.example.com/playlist/weekly

Darse de baja
""", fmt="html", system=True, headers=BULK),

    m(X, "loyer_rappel_regie", "fr", "", ("Régie du Lac", "gerance@regiedulac.example.ch"),
      "Rappel loyer septembre", "2026-09-06T10:20:00+02:00", """
Madame,

Sauf erreur de notre part, le loyer de septembre (CHF 1'980.-) ne nous est pas encore parvenu. Nous vous remercions de bien vouloir régulariser la situation dans les 10 jours.

Si le paiement a été effectué entre-temps, veuillez ne pas tenir compte de ce courrier.

Régie du Lac SA - Gérance
""", system=True),

    m(X, "raiffeisen_de_nachricht", "de", "", ("Raiffeisen", "e-banking@raiffeisen.example.ch"),
      "Neue Nachricht in Ihrem E-Banking", "2026-06-12T14:00:00+02:00", """
Grüezi Frau Baptiste-Nakamura

In Ihrem Raiffeisen E-Banking liegt eine neue Nachricht für Sie bereit: Ihr Hypothekarantrag ist eingegangen und wird geprüft.

Freundliche Grüsse
Ihre Raiffeisenbank
""", system=True),

    m(X, "mariage_faire_part_friend", "fr", "", ("Inès & Paul", "ines.paul.mariage@example.net"),
      "Save the date 💍", "2026-01-25T20:00:00+01:00", """
Coucou Élodie !

On se marie le 5 septembre à Annecy et on serait trop heureux de t'avoir avec nous. Le faire-part officiel arrive bientôt, mais bloque déjà la date !

Et dis-nous si tu as besoin d'un hébergement, on a réservé quelques chambres à l'hôtel du lac.

Gros bisous,
Inès & Paul
""", cte="8bit"),

    m(X, "conference_speaker_en", "en", "", ("Alex Moreau", "alex.moreau@eventprofs-summit.example.com"),
      "Speaking at EventProfs Summit 2026?", "2026-07-02T11:00:00+02:00", """
Hi Élodie,

I'm putting together the programme for EventProfs Summit in Geneva this October. A colleague mentioned your talk on zero-waste conferences – would you consider a 20-minute slot on the sustainability stage?

Speakers get a free pass and travel covered. Happy to jump on a call to discuss!

Alex Moreau
Programme Director, EventProfs Summit
""", cte="qp"),

    m(X, "jobs_ch_weekly_de", "de", "", ("jobs.ch", "jobmail@jobs.example.ch"),
      "Ihr Jobmail: 14 neue Stellen", "2026-08-24T06:00:00+02:00", """
Guten Tag

14 neue Stellen passen zu Ihrer Suche «Eventmanagerin, Zürich»:

Head of Event Operations – Kongresshaus Zürich
Projektleiterin Events 80 % – Zürich Tourismus
Eventkoordinatorin – FIFA Museum

Jobmail verwalten: https://www.jobs.example.ch/jobmail
""", fmt="html", system=True, headers=BULK),

    m(X, "glassdoor_review_ask", "en", "", ("Glassdoor", "noreply@glassdoor.example.com"),
      "How was your interview at Congress Centre Lausanne?", "2026-04-05T15:00:00+00:00", """
Hi Élodie,

Help others prepare: share your interview experience at Congress Centre Lausanne anonymously. What questions were you asked? How difficult was it?

Add your interview review: https://www.glassdoor.example.com/review

Glassdoor
""", fmt="html", system=True, headers=BULK),

    m(X, "colleague_forward_job_fr", "fr", "", ("Manon Girard", "manon.girard@example.net"),
      "Fwd: offre qui pourrait t'intéresser", "2026-05-29T13:13:00+02:00", """
Hello, j'ai vu passer ça, ça te correspond trop ! Je connais un peu la DRH, dis-moi si tu veux que je fasse suivre ton CV.

---------- Forwarded message ---------
De : Lausanne Palace Newsletter <news@lausannepalace.example.ch>
Date: jeu. 28 mai 2026 à 10:00
Subject: Nous recrutons !
To: <manon.girard@example.net>

Le Lausanne Palace recrute : Revenue Manager (100 %), Chef·fe de réception, Coordinateur·rice événements. Postulez sur notre site carrières.
""", cte="qp"),

    m(X, "mairie_lyon_newsletter", "fr", "", ("Ville de Lyon", "newsletter@lyon.example.fr"),
      "Lyon vous informe : Fête des Lumières, travaux, recrutement de saisonniers", "2026-10-05T17:00:00+02:00", """
Lyon vous informe – octobre 2026

• Fête des Lumières : appel à bénévoles pour l'accueil du public
• Travaux sur la ligne B du métro : horaires adaptés
• La Ville recrute des agents saisonniers pour les marchés de Noël

Se désinscrire : https://www.lyon.example.fr/newsletter
""", fmt="html", system=True,
      headers={**BULK, "List-Id": "Lyon vous informe <info.lyon.example.fr>"}),

    m(X, "swiss_flight_es", "es", "", ("SWISS", "noreply@swiss.example.com"),
      "Confirmación de reserva – Ginebra a Barcelona", "2026-03-28T12:30:00+01:00", """
Estimada Sra. Baptiste-Nakamura:

Gracias por reservar con SWISS. Su vuelo LX2196 de Ginebra a Barcelona el 2 de abril de 2026 está confirmado.

Código de reserva: 9XKQ3T

Le deseamos un buen viaje.
""", fmt="html", system=True),

    m(X, "friend_congrats_es", "es", "", ("Sofía Castro", "sofia.castro@example.org"),
      "¡Enhorabuena!", "2026-09-18T21:30:00+02:00", """
¡Élodie! Me acabo de enterar por Diego de que ya empezaste en Barcelona, enhorabuena!! A ver si nos vemos un día de estos para celebrarlo con unas cañas.

Besos,
Sofía

Enviado desde mi iPhone
""", cte="8bit"),

    m(X, "tpg_abonnement", "fr", "", ("unireso tpg", "noreply@tpg.example.ch"),
      "Votre abonnement expire bientôt", "2026-10-10T07:00:00+02:00", """
Bonjour,

Votre abonnement annuel unireso Tout Genève expire le 31.10.2026. Renouvelez-le dès maintenant sur l'app tpg.

tpg - Transports publics genevois
""", system=True),
    m(X, "sig_facture_geneve", "fr", "", ("SIG", "e-facture@sig-ge.example.ch"),
      "Votre facture SIG est disponible", "2026-10-12T05:30:00+02:00", """
Madame,

Votre facture d'eau et d'électricité de septembre 2026 (CHF 96.20) est disponible dans votre espace client. Elle sera débitée par eBill à son échéance.

Services Industriels de Genève
""", system=True),

]
