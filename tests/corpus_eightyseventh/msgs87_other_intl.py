"""English, French and German "other" mail for the eighty-seventh corpus (data only; imports
msgs87_build)."""

from msgs87_build import CANDIDATE, Msg

K = "other"
LIST = {"List-Unsubscribe": "<https://mail.example.net/unsub?u=vek>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

MESSAGES = [
Msg(K, "en_linkedin_alert", "en",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
    "30+ new jobs for \"Growth Analyst\" in Dublin",
    """Your job alert for Growth Analyst in Dublin, County Dublin, Ireland

Growth Analyst - Kestrel Pay - Dublin (Hybrid) - Easy Apply
Senior Growth Analyst - Harbourline Insurance - Dublin - Actively recruiting
Product & Growth Analyst - Tallyho Games - Remote

See all jobs: https://www.linkedin.example.com/comm/jobs/search

You're receiving Job Alert emails. Unsubscribe""",
    contact="", fmt="html", extra=LIST, tz="+00:00", date="02-14 07:02"),

Msg(K, "en_indeed_matches", "en",
    "Indeed <alert@indeed.example.com>",
    "Pricing Analyst jobs in Miami, FL - 9 new",
    """9 new jobs match your search

Pricing Analyst - Coastal Grocers - Miami, FL - $68,000 - $80,000 a year
Revenue Analyst - Biscayne Hospitality Group - Miami, FL - Urgently hiring
Ecommerce Pricing Specialist - remote

Unsubscribe from these job alerts""",
    contact="", fmt="html", extra=LIST, tz="-04:00", date="05-18 05:30"),

Msg(K, "en_substack_rejection", "en",
    "The Analytics Job Hunt <analyticsjobhunt@substack.example.com>",
    "Rejected after the final round? Read this",
    """Hey friends,

This week I got three emails that started with "Unfortunately, we've decided to move forward with other candidates". All three after final rounds. Here's what I've learned about interview rejections, no-shows (yes, I once missed an interview because of a timezone mix-up) and negotiating an offer.

1. Always ask for feedback.
2. Set calendar invites in the interviewer's timezone.
3. Never accept the first number.

Until next week,
Maya

Unsubscribe · Manage preferences""",
    contact="", fmt="alt", extra={**LIST, "List-Id": "<analyticsjobhunt.substack.example.com>"}, tz="-05:00", date="04-12 13:00"),

Msg(K, "en_recruiter_cold_outreach", "en",
    "Daniel Okafor <daniel.okafor@meridiansearch.example.com>",
    "Exciting Pricing Lead opportunity - global FMCG",
    """Hi Valentina,

Hope you're well! I'm a specialist recruiter in commercial analytics and I'm currently partnering with a global FMCG brand on a Pricing & Revenue Growth Lead role (Lisbon or remote, EUR 75-90k).

Your background in CRM and pricing looked like a strong fit. If it's of interest, feel free to send over an updated CV and I'll share the full spec. Equally, if you know anyone who might be interested, referrals are always appreciated!

Best,
Daniel Okafor
Principal Consultant | Meridian Search
+44 7700 900456""",
    tz="+00:00", date="06-09 11:11"),

Msg(K, "en_journalist_interview", "en",
    "Grace Liu <grace.liu@thelisbonbrief.example.com>",
    "Interview request - remote workers in Lisbon piece",
    """Hi Valentina,

I'm a reporter at The Lisbon Brief working on a feature about foreign professionals relocating to Lisbon. A mutual contact mentioned you'd moved there recently. Would you be open to a 20-minute phone interview this week? Happy to keep it anonymous if you prefer.

Thanks,
Grace Liu
Staff Writer, The Lisbon Brief""",
    tz="+01:00", date="07-14 15:20"),

Msg(K, "en_glassdoor_survey", "en",
    "Glassdoor <surveys@glassdoor.example.com>",
    "How was your interview? Share your experience",
    """Hi Valentina,

Did you recently interview with a company? Help millions of job seekers by sharing an anonymous interview review. It only takes 2 minutes.

Write a review: https://www.glassdoor.example.com/mz-survey/interview

Glassdoor, Inc. · Unsubscribe""",
    contact="", fmt="html", extra=LIST, tz="-07:00", date="03-28 16:00"),

Msg(K, "en_streaming_payment", "en",
    "Streamly <info@streamly.example.com>",
    "Your payment was declined",
    """Hi Valentina,

We're having trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

UPDATE ACCOUNT

Questions? Visit the Help Center.
The Streamly team""",
    contact="", fmt="html", tz="+00:00", date="05-03 04:10"),

Msg(K, "en_flight_rescheduled", "en",
    "Avialta <notifications@avialta.example.com>",
    "Important: your flight has been rescheduled",
    """Dear Valentina Echeverria Kowalczyk,

Due to operational reasons, your flight AV 019 Bogotá (BOG) - Madrid (MAD) on 28 Jun 2026 has been rescheduled.

New departure: 28 Jun 2026, 21:35 (previously 19:10)
Booking reference: K9ZT4Q

If the new schedule doesn't work for you, you can change your flight at no extra cost in Manage my booking.

We apologise for any inconvenience.
Avialta""",
    contact="", fmt="alt", tz="-05:00", date="06-20 03:44"),

Msg(K, "en_own_thank_you", "en",
    CANDIDATE,
    "Thank you - Senior Analyst interview",
    """Hi Olivia,

Thank you for organising the panel today, and please pass on my thanks to Marcus, Priyanka and Tom. I really enjoyed learning about the loyalty programme roadmap and the pricing experiments you're running on ancillaries.

Looking forward to hearing about next steps.

Best regards,
Valentina Echeverría-Kowalczyk
+34 600 123 456""",
    contact="", to="Olivia Mensah <olivia.mensah@nimbusair.example.com>", date="04-06 19:30", tz="+02:00"),

Msg(K, "en_ooo_recruiter", "en",
    "Chloe Whitfield <chloe@brightpathrecruit.example.co.uk>",
    "Automatic reply: Re: Great news!!",
    """Thanks for your email! I'm out of the office until Monday 9th March with no access to emails. For anything urgent please contact my colleague James on james@brightpathrecruit.example.co.uk.

Chloe""",
    extra={"Auto-Submitted": "auto-replied"}, tz="+00:00", date="03-04 09:00"),

Msg(K, "en_standup_invite", "en",
    "Tom Becker <tom.becker@openmetrics.example.org>",
    "Invitation: OpenMetrics contributors standup (weekly)",
    """Hi all,

Adding everyone who volunteered for the docs sprint to our weekly contributors standup. 15 minutes, cameras optional.

Tom""",
    contact="tom.becker@openmetrics.example.org", ics={"summary": "OpenMetrics contributors standup", "start": "2026-03-10T17:00+01:00", "minutes": "15", "location": "Jitsi"}, date="03-06 13:00"),

Msg(K, "fr_wttj_newsletter", "fr",
    "Welcome to the Jungle <newsletter@welcometothejungle.example.com>",
    "Entretien raté ? 5 façons de rebondir",
    """Cette semaine dans la Jungle :

- Entretien raté ? 5 façons de rebondir après un refus
- « Nous avons le regret de vous informer… » : décrypter les mails de refus
- Les entreprises qui recrutent en ce moment à Paris et Toulouse
- Négocier son offre : le guide

Tu reçois cet e-mail car tu es inscrit·e à la newsletter. Se désinscrire""",
    contact="", fmt="html", extra={**LIST, "List-Id": "<newsletter.wttj.example.com>"}, date="03-19 08:00"),

Msg(K, "fr_apec_alerte", "fr",
    "Alerte Offres <alertes@cadresemploi.example.fr>",
    "6 nouvelles offres : chargé d'études marketing",
    """Bonjour Valentina,

Voici les nouvelles offres correspondant à votre alerte « chargé d'études marketing - Île-de-France » :

Chargé(e) d'études clients - Groupe de distribution - Paris 15e
Analyste CRM - Compagnie d'assurance - La Défense
Data Analyst Marketing - Éditeur de presse - Boulogne-Billancourt

Gérer mes alertes | Se désabonner""",
    contact="", fmt="html", extra=LIST, date="04-23 06:30", tz="+02:00"),

Msg(K, "fr_radio_interview", "fr",
    "Mathilde Faure <mathilde.faure@radiogaronne.example.fr>",
    "Demande d'interview - émission « Nouvelles vies »",
    """Bonjour Valentina,

Je suis journaliste à Radio Garonne et je prépare un reportage sur les jeunes professionnels latino-américains installés à Toulouse. Accepteriez-vous de nous accorder une interview d'une vingtaine de minutes, en studio ou par téléphone, la semaine prochaine ?

Bien à vous,
Mathilde Faure
Radio Garonne - Rédaction""",
    date="09-08 10:30", tz="+02:00"),

Msg(K, "fr_amie_refus", "fr",
    "Chloé Lambert <chloe.lambert91@example.fr>",
    "bon ben c'est non",
    """Coucou ma belle,

Petit message pour te dire que j'ai reçu la réponse de la banque pour le poste de chef de projet : « nous ne donnerons pas suite à votre candidature ». Après trois entretiens ! Je suis dégoûtée.

On se fait un apéro visio ce week-end ? Tu me raconteras tes entretiens à Madrid.

Bisous
Chloé""",
    date="05-15 22:10", tz="+02:00"),

Msg(K, "fr_colis_retard", "fr",
    "Colissimo <suivi@colissimo.example.fr>",
    "Votre colis a du retard",
    """Bonjour,

Votre colis n° 6A23456789012 rencontre un retard d'acheminement. Il sera livré dans les meilleurs délais. Nous vous prions de nous excuser pour la gêne occasionnée.

Suivre mon colis""",
    contact="", fmt="html", date="06-11 14:00", tz="+02:00"),

Msg(K, "fr_admission_ecole", "fr",
    "Admissions - École Supérieure de Commerce de Toulouse <admissions@esct.example.fr>",
    "Résultat d'admission - MSc Marketing Analytics",
    """Chère candidate,

Nous avons le plaisir de vous informer que le jury d'admission a émis un avis favorable à votre candidature au MSc Marketing Analytics, rentrée de septembre 2026.

Pour confirmer votre inscription, merci de verser l'acompte avant le 30 juin.

Le service des admissions""",
    contact="admissions@esct.example.fr", fmt="alt", date="05-29 12:00", tz="+02:00"),

Msg(K, "fr_banque_credit", "fr",
    "Banque Azur Conso <ne-pas-repondre@banqueazur.example.fr>",
    "Votre demande de crédit a bien été reçue",
    """Madame,

Nous avons bien reçu votre demande de prêt personnel n° 77120-B. Elle est en cours d'étude par nos services. Une réponse vous sera apportée sous 5 jours ouvrés.

Banque Azur Conso""",
    contact="", charset="iso-8859-1", cte="quoted-printable", date="08-04 09:00", tz="+02:00"),

Msg(K, "fr_absence_consultante", "fr",
    "Nathalie Roux <n.roux@cabinetsaintclair.example.fr>",
    "Réponse automatique : Rencontre avec notre client",
    """Bonjour,

Je suis absente du bureau jusqu'au 25 mai inclus. Pour toute urgence, vous pouvez joindre le standard du Cabinet Saint-Clair au 05 61 00 00 00.

Cordialement,
Nathalie Roux""",
    extra={"Auto-Submitted": "auto-replied"}, date="05-18 08:00", tz="+02:00"),

Msg(K, "de_stepstone_jobletter", "de",
    "StepStone Jobletter <jobagent@stepstone.example.de>",
    "Ihr Job-Agent: 7 neue Jobs für \"Marketing Analyst\" in Berlin",
    """Hallo Valentina,

hier sind Ihre neuen Jobs:

Marketing Analyst (m/w/d) - Havelwerk Energie - Berlin
CRM Manager (m/w/d) - Modehaus Brenner - Berlin
Pricing Analyst (m/w/d) - Spreefracht Logistik - Berlin / remote

Job-Agent bearbeiten oder abmelden""",
    contact="", fmt="html", extra=LIST, date="02-25 06:45"),

Msg(K, "de_karriere_newsletter", "de",
    "Karriere-Kompass <redaktion@karrierekompass.example.de>",
    "Absage nach dem Vorstellungsgespräch - und jetzt?",
    """Liebe Leserinnen und Leser,

eine Absage nach dem Vorstellungsgespräch tut weh. In dieser Ausgabe: wie Sie um Feedback bitten, warum "leider müssen wir Ihnen mitteilen" selten etwas mit Ihnen persönlich zu tun hat, und wie Sie einen verpassten Termin elegant nachholen.

Außerdem: Gehaltsverhandlung beim Jobangebot.

Ihr Karriere-Kompass-Team
Newsletter abbestellen""",
    contact="", fmt="alt", extra={**LIST, "List-Id": "<kompass.karrierekompass.example.de>"}, date="05-10 08:00", tz="+02:00"),

Msg(K, "de_bahn_verspaetung", "de",
    "Fernbahn Reiseinformation <reiseinfo@fernbahn.example.de>",
    "Verspätung Ihrer Verbindung ICE 1007",
    """Guten Tag Valentina Echeverria-Kowalczyk,

Ihre Verbindung ICE 1007 Berlin Hbf - München Hbf am 14.06.2026 hat voraussichtlich 45 Minuten Verspätung. Grund: Reparatur an der Oberleitung.

Ihre Anschlussverbindung ist gefährdet. Alternativen finden Sie in der App.""",
    contact="", date="06-14 07:10", tz="+02:00"),

Msg(K, "de_deutschkurs_faellt_aus", "de",
    "Sprachschule Lindenhof <kurse@sprachschule-lindenhof.example.de>",
    "Ihr Kurs B2.1 am Donnerstag fällt aus",
    """Liebe Kursteilnehmerinnen und Kursteilnehmer,

der Kurs B2.1 am Donnerstag, 16. Juli, fällt wegen Krankheit der Kursleiterin leider aus. Die Stunde wird am Samstag, 18. Juli, 10:00 Uhr nachgeholt.

Viele Grüße
Ihr Team der Sprachschule Lindenhof""",
    date="07-15 16:00", tz="+02:00"),

Msg(K, "de_wohnung_absage", "de",
    "Hausverwaltung Kranich <vermietung@hv-kranich.example.de>",
    "Ihre Anfrage zur Wohnung Boxhagener Str. 31",
    """Sehr geehrte Frau Echeverría-Kowalczyk,

vielen Dank für Ihr Interesse an der Wohnung in der Boxhagener Straße. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Wir wünschen Ihnen viel Erfolg bei der weiteren Suche.

Mit freundlichen Grüßen
Hausverwaltung Kranich""",
    date="08-20 10:30", tz="+02:00"),

Msg(K, "de_nutzerinterview", "de",
    "Lena Hofmann <lena.hofmann@radelwerk.example.de>",
    "Nutzerinterview zu deiner Radelwerk-App",
    """Hallo Valentina,

ich bin UX-Researcherin bei Radelwerk. Du nutzt unsere App seit ein paar Monaten - hättest du Lust auf ein 30-minütiges Interview per Video, in dem du uns erzählst, wie du sie im Alltag nutzt? Als Dankeschön gibt es einen 30-€-Gutschein.

Einen Termin kannst du hier buchen: https://calendly.example.com/radelwerk-research

Danke dir!
Lena""",
    date="06-23 14:00", tz="+02:00"),
]
