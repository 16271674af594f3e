"""Corpus 354: `other` - digests, newsletters, press and research interviews, private life,
friends' own news, out-of-office replies and the candidate's own sent mail."""

from __future__ import annotations

from msgs354_common import (
    ME_SIG_DE,
    ME_SIG_EN,
    ME_SIG_ES,
    ME_SIG_FR,
    Spec,
    bulk,
    html_shell,
    m,
    mine,
)

OTH = "other"
AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

SPECS: list[Spec] = [
    # ================================================================ English
    mine("treatycity_application", "en", ("Dave O'Mahony", "dave@treatycitybrewing.example.ie"),
         "Sales role - Cormac Ó Briain-Castellanos", "2026-01-12 23:40 +0000",
         "Hi Dave,\n\n"
         "I saw on Instagram that Treaty City is looking for someone to help grow the trade\n"
         "accounts around Limerick and Clare. I've managed the bar at the Locke for six\n"
         "years, and your Shannon Pale has been on our taps for three of them.\n\n"
         "I'd love to move to the other side of the counter. My CV is attached - I'd be\n"
         "glad to come out to the brewery for a chat any time.\n\n" + ME_SIG_EN + "\n",
         pdfs=[("CV_Cormac_OBriain-Castellanos.pdf", [
             "Cormac O Briain-Castellanos", "Bar Manager, The Locke Bar, Limerick (2020-)",
             "Cellar management, supplier negotiation, staff of 14",
             "Languages: English, Irish, Spanish, German (B2), French (B1)"])],
         id="cv_treaty"),
    m(OTH, "en", "hospojobs_alert_digest", "", "", ("HospoJobs.ie Alerts", "alerts@hospojobs.example.ie"),
      "12 new jobs for 'brewery sales' + how to handle rejection", "2026-02-02 06:00 +0000",
      "Your HospoJobs job alert - Monday 2 February\n\n"
      "NEW THIS WEEK\n"
      "- Trade Sales Rep, craft brewery - Galway - EUR 38-42k\n"
      "- Interview-ready? Key Account Manager, wine importer - Dublin 12\n"
      "- Cellar & Distribution Lead - Cork\n"
      "...and 9 more matching 'brewery sales'.\n\n"
      "CAREER CORNER\n"
      "Unfortunately, rejection is part of every job hunt. This week our editor shares\n"
      "five interview questions drinks companies love, and how to follow up after an\n"
      "interview without being pushy.\n\n"
      "You're receiving this because you created a job alert. Manage or unsubscribe:\n"
      "https://hospojobs.example.ie/alerts/manage\n",
      html=html_shell("HospoJobs.ie - Job alert", [
          "<b>12 new jobs</b> for 'brewery sales'",
          "Trade Sales Rep, craft brewery - Galway<br>Key Account Manager, wine importer - "
          "Dublin 12<br>Cellar &amp; Distribution Lead - Cork",
          "<b>Career corner:</b> Unfortunately, rejection is part of every job hunt. Five "
          "interview questions drinks companies love.",
          '<a href="https://hospojobs.example.ie/alerts/manage">Manage alerts</a>'],
          colour="#e4572e", footer="HospoJobs.ie, Dublin 2. Unsubscribe any time."),
      headers=bulk("<alerts.hospojobs.example.ie>",
                   "https://hospojobs.example.ie/alerts/unsubscribe?u=77812")),
    m(OTH, "en", "drinkstrade_careers_newsletter", "", "",
      ("Drinks Trade Careers Weekly", "newsletter@drinkstradeweekly.example.co.uk"),
      "Offer season? Negotiating your first sales package | Careers Weekly #41",
      "2026-03-05 07:30 +0000",
      "DRINKS TRADE CAREERS WEEKLY - Issue 41\n\n"
      "1. Got an offer? How to negotiate car allowance and commission\n"
      "2. 'We regret to inform you': what a rejection letter really means\n"
      "3. Interview invitation etiquette - reply within 24 hours\n"
      "4. Moving from bar to brand: three career changers tell their story\n\n"
      "Read online: https://drinkstradeweekly.example.co.uk/careers/41\n\n"
      "You are subscribed as cormac.obriain@example.ie.\n"
      "Unsubscribe: https://drinkstradeweekly.example.co.uk/unsub\n",
      headers=bulk("Drinks Trade Careers <careers.drinkstradeweekly.example.co.uk>",
                   "mailto:unsubscribe@drinkstradeweekly.example.co.uk")),
    m(OTH, "en", "pintglass_podcast_interview", "", "",
      ("Sinéad Ahern", "sinead@thepintglasspod.example.ie"),
      "Podcast interview? The Pint Glass", "2026-03-12 13:14 +0000",
      "Hi Cormac,\n\n"
      "I host The Pint Glass, a podcast about Irish pubs and the people behind the bar.\n"
      "A listener told us about your cask ale nights at the Locke, and we'd love to\n"
      "interview you for an episode.\n\n"
      "We record in Limerick on Tuesdays; it takes about an hour and there's no fee but\n"
      "we'll bring the snacks. Would any Tuesday in April suit?\n\n"
      "Sinéad Ahern\nThe Pint Glass Podcast\n"),
    m(OTH, "en", "hospojobs_user_research", "", "",
      ("Jamie at HospoJobs", "research@hospojobs.example.ie"),
      "Got 30 minutes? Join a user interview (EUR 40 voucher)", "2026-03-26 15:00 +0000",
      "Hi Cormac,\n\n"
      "We're redesigning how applications work on HospoJobs and we'd love to hear from\n"
      "people who've applied recently. Would you join a 30-minute user research interview\n"
      "over video? As a thank-you we'll send a EUR 40 One4All voucher.\n\n"
      "Pick a slot here: https://hospojobs.example.ie/research/book\n\n"
      "This is not related to any job application.\n\nJamie, Product Research\n"),
    m(OTH, "en", "parcelhop_delayed", "", "", ("ParcelHop", "no-reply@parcelhop.example.ie"),
      "Unfortunately your parcel is delayed", "2026-04-04 09:12 +0100",
      "Hi Cormac,\n\n"
      "Unfortunately your parcel PH-3390-1182-IE (from Brewshop Supplies) is delayed due\n"
      "to high volumes at our Limerick depot. We now expect to deliver on Tuesday\n"
      "7 April between 10:00 and 14:00.\n\n"
      "We're sorry for the inconvenience. Track: https://parcelhop.example.ie/t/3390\n"),
    m(OTH, "en", "creditunion_position", "", "",
      ("Shannon Credit Union", "statements@shannoncu.example.ie"),
      "Your account position at 30 April 2026", "2026-05-01 06:10 +0100",
      None,
      html=html_shell("Shannon Credit Union", [
          "Dear Member,",
          "Your account position statement at 30 April 2026 is now available in online "
          "banking.",
          "Share account: position updated. Loan account: position updated.",
          "For security, we never ask for your PIN by email."], colour="#00563f",
          footer="Shannon Credit Union is regulated by the Central Bank of Ireland.")),
    m(OTH, "en", "bikefinder_position", "", "", ("BikeFinder", "no-reply@bikefinder.example.com"),
      "Your bike's position has changed", "2026-05-16 02:17 +0100",
      "Alert: the GPS tracker on 'Blue Raleigh' reports a new position.\n\n"
      "Last position: 52.6638 N, 8.6267 W (Henry Street, Limerick)\n"
      "Time: 16 May 2026 02:15 IST\n\n"
      "If you didn't move your bike, open the app to see live tracking.\n"),
    m(OTH, "en", "landlord_cork_viewing", "", "",
      ("Padraig Coughlan", "pcoughlan.lettings@example.ie"),
      "Re: apartment on Douglas Street - viewing", "2026-09-25 18:02 +0100",
      "Hi Cormac,\n\n"
      "Yes, the one-bed on Douglas Street is still available. I can do a viewing on\n"
      "Saturday at 12:30. Bring two references and proof of employment if you're\n"
      "interested in taking it - the new job offer letter will do.\n\n"
      "Padraig\n"),
    m(OTH, "en", "dentist_reminder", "", "",
      ("Riverside Dental", "reminders@riversidedental.example.ie"),
      "Appointment reminder - Thursday 11 June", "2026-06-09 10:00 +0100",
      "Hi Cormac,\n\n"
      "This is a reminder of your appointment with Dr. Nolan on Thursday 11 June at\n"
      "08:40 at Riverside Dental, O'Connell Street, Limerick.\n\n"
      "If you need to reschedule or cancel, please call 061 555 300 at least 24 hours\n"
      "in advance.\n"),
    m(OTH, "en", "friend_own_rejection", "", "", ("Eoin Madden", "eoin.madden@example.com"),
      "well that's that", "2026-04-30 23:02 +0100",
      "Cormac,\n\n"
      "Heard back from Diageo-wannabe place in Dublin - they said no. 'Unfortunately\n"
      "we have decided to move forward with other candidates', the usual. Three\n"
      "interviews for that! Pints on Friday? I need to moan.\n\n"
      "E\n"),
    m(OTH, "en", "friend_forwards_own_invite", "", "",
      ("Aisling Barry", "aisling.barry@example.net"),
      "Fwd: Interview invitation - Events Manager", "2026-07-13 20:20 +0100",
      "Hey Cormac!\n\n"
      "Look what I got - my first interview for an events job! Forwarding it so you can\n"
      "tell me what to wear and what to say. You've done about a hundred of these by\n"
      "now :)\n\n"
      "A x\n",
      fwd={"slug": "aisling_inner_invite", "frm": ("Moira Dunne", "moira@kilkennyevents.example.ie"),
           "to": ("Aisling Barry", "aisling.barry@example.net"),
           "subject": "Interview invitation - Events Manager", "date": "2026-07-13 16:05 +0100",
           "text": "Dear Aisling,\n\nWe would like to invite you to an interview for the\n"
                   "Events Manager role on Monday 20 July at 10:00 at our Kilkenny office.\n\n"
                   "Kind regards,\nMoira Dunne\n"}),
    m(OTH, "en", "wset_course_refused", "", "",
      ("Atlantic Wine & Spirits School", "courses@atlanticwss.example.ie"),
      "WSET Level 3 Award in Spirits - September intake", "2026-08-03 11:30 +0100",
      "Dear Cormac,\n\n"
      "Thank you for your application for the WSET Level 3 Award in Spirits (Limerick,\n"
      "September intake).\n\n"
      "Unfortunately the course is now fully booked and we are unable to offer you a\n"
      "place. We have added you to the waiting list and will contact you if a place\n"
      "becomes available. The next intake starts in January 2027.\n\n"
      "Kind regards,\nCourse Administration\n"),
    m(OTH, "en", "hopheadtalent_cold", "", "",
      ("Fergal Nash", "fergal@hopheadtalent.example.ie"),
      "Bar manager to brewery sales?", "2026-04-20 08:45 +0100",
      "Hi Cormac,\n\n"
      "Fergal here from Hophead Talent - we recruit for breweries and distillers across\n"
      "Ireland. I noticed you've been applying around the industry and wondered if you'd\n"
      "like to register with us. No specific role at the moment, but things come up\n"
      "weekly.\n\n"
      "If you're interested, reply with your CV and a good time for a quick call.\n\n"
      "Fergal Nash\nDirector, Hophead Talent\n"),
    m(OTH, "en", "niamh_out_of_office", "", "",
      ("Niamh Ruddy", "niamh@caskandkeg.example.ie"),
      "Automatic reply: Shannonside offer", "2026-10-01 09:41 +0100",
      "Thank you for your email. I am on annual leave until Monday 5 October with\n"
      "limited access to email. For anything urgent please contact Conor Lynch on\n"
      "conor@caskandkeg.example.ie or +353 1 555 0193.\n\n"
      "Niamh Ruddy\nCask & Keg Recruitment\n",
      headers=AUTO),
    mine("antrimcoast_application", "en", ("Lorna McAuley", "lorna.mcauley@antrimcoast.example.co.uk"),
         "Application - Sales Representative, Causeway Coast", "2026-06-15 22:10 +0100",
         "Dear Lorna,\n\n"
         "Please find attached my CV and cover letter for the Sales Representative role\n"
         "covering the Causeway Coast. I've stocked Antrim Coast Cider at the Locke for\n"
         "three summers and it always outsells the big brands on the terrace.\n\n"
         "I'd welcome the chance to talk to you.\n\n" + ME_SIG_EN + "\n",
         pdfs=[("CV_Cormac_OBriain-Castellanos.pdf", [
             "Cormac O Briain-Castellanos", "Bar Manager, The Locke Bar, Limerick"]),
             ("Cover_letter_Antrim_Coast_Cider.pdf", [
                 "Dear Lorna,", "I am applying for the Sales Representative role."])]),
    mine("gorbalsgin_apology", "en", ("Alasdair Grant", "alasdair@gorbalsgin.example.co.uk"),
         "Re: Today's assessment", "2026-08-21 14:30 +0100",
         "Dear Alasdair,\n\n"
         "I'm so sorry. My 7am flight from Shannon was cancelled and the rebooked one only\n"
         "landed at 11:40; my phone died in the queue at the airport. I should have found\n"
         "a way to let you know.\n\n"
         "I completely understand if you can't rearrange, but I'd be grateful for another\n"
         "chance. I'm in Glasgow until Sunday.\n\n" + ME_SIG_EN + "\n"),
    m(OTH, "en", "pronet_profile_views", "", "", ("ProNet", "notifications@pronet.example.com"),
      "Cormac, 9 people viewed your profile this week", "2026-06-22 07:00 +0100",
      "Your profile is getting noticed!\n\n"
      "9 people viewed your profile this week, including recruiters at a drinks\n"
      "distributor and a hotel group. See who's looking and get more interview\n"
      "requests with ProNet Premium - first month free.\n\n"
      "Unsubscribe from weekly profile emails: https://pronet.example.com/settings\n",
      headers=bulk("<weekly.pronet.example.com>", "https://pronet.example.com/u/91ab")),
    m(OTH, "en", "live95_radio_interview", "", "",
      ("Ciarán Daly", "ciaran.daly@limerickradio.example.ie"),
      "Radio interview tomorrow morning?", "2026-02-18 16:40 +0000",
      "Hi Cormac,\n\n"
      "I produce the morning show on Limerick Radio. We're doing a piece on the new\n"
      "late-bar licence rules and would love a publican's view. Could we interview you\n"
      "live by phone tomorrow at 8:20? Five minutes, tops.\n\n"
      "Ciarán Daly\nProducer, The Morning Show\n",
      from_ew=("iso-8859-1", "Q")),
    m(OTH, "en", "shannonside_delivery_delay", "", "",
      ("Shannonside Drinks Orders", "orders@shannonside.example.ie"),
      "Order 448120 for The Locke Bar - delivery delayed", "2026-01-30 07:05 +0000",
      "Dear Customer,\n\n"
      "Unfortunately your order 448120 (The Locke Bar, George's Quay) cannot be delivered\n"
      "today due to a vehicle breakdown. It has been rescheduled to Monday 2 February.\n"
      "Two items (Ballast Stout 50L keg x2) are out of stock and have been removed.\n\n"
      "We apologise for any inconvenience.\n"
      "Shannonside Drinks Distribution - Customer Service\n"),
    # ================================================================ French
    m(OTH, "fr", "horecatalents_newsletter", "", "",
      ("Horeca Talents", "newsletter@horecatalents.example.be"),
      "Les offres de la semaine + 5 conseils pour votre entretien", "2026-05-14 07:00 +0200",
      None,
      html=html_shell("Horeca Talents - Newsletter", [
          "<b>Les offres de la semaine</b>",
          "Commercial CHR - brasserie artisanale - Bruxelles<br>"
          "Key account manager - boissons - Wavre<br>Sommelier conseil - Namur",
          "<b>Conseils :</b> 5 astuces pour réussir votre entretien, et comment rebondir "
          "après un refus.",
          '<a href="https://horecatalents.example.be/desinscription">Se désinscrire</a>'],
          colour="#6a4c93", footer="Horeca Talents, Avenue Louise 231, 1050 Ixelles."),
      headers=bulk("<hebdo.horecatalents.example.be>",
                   "https://horecatalents.example.be/desinscription")),
    mine("brasserieducanal_candidature", "fr",
         ("Brasserie du Canal", "jobs@brasserieducanal.example.be"),
         "Candidature - Commercial CHR", "2026-03-29 21:05 +0100",
         "Madame, Monsieur,\n\n"
         "Gérant de bar à Limerick depuis six ans, je souhaite mettre mon expérience du\n"
         "comptoir au service d'une brasserie artisanale. Je me permets donc de vous\n"
         "adresser ma candidature au poste de Commercial CHR.\n\n"
         "Vous trouverez ci-joint mon CV. Je me tiens à votre disposition pour un\n"
         "entretien.\n\n" + ME_SIG_FR + "\n",
         pdfs=[("CV_Cormac_OBriain-Castellanos_FR.pdf", [
             "Cormac O Briain-Castellanos", "Gerant de bar, Limerick"])]),
    m(OTH, "fr", "academie_biere_refus", "", "",
      ("Académie Belge de la Bière", "inscriptions@academiebiere.example.be"),
      "Votre inscription - Formation Zythologue niveau 1", "2026-06-05 10:15 +0200",
      "Bonjour,\n\n"
      "Nous vous remercions pour votre demande d'inscription à la formation Zythologue\n"
      "niveau 1 (session d'automne).\n\n"
      "Malheureusement, la session est complète et nous ne pouvons pas vous accorder\n"
      "de place. Votre demande a été placée en liste d'attente.\n\n"
      "Cordialement,\nLe secrétariat de l'Académie\n",
      charset="iso-8859-1", cte="quoted-printable"),
    m(OTH, "fr", "appartement_ixelles_visite", "", "",
      ("Bernard Maes", "bernard.maes@example.be"),
      "Visite de l'appartement rue du Bailli", "2026-05-21 19:30 +0200",
      "Bonjour Monsieur,\n\n"
      "Suite à votre message, je vous confirme la visite de l'appartement rue du Bailli\n"
      "samedi 30 mai à 11h. Le loyer est de 1 150 EUR charges comprises, garantie\n"
      "locative de deux mois.\n\n"
      "Merci de me prévenir si vous avez un empêchement.\n\nBernard Maes\n"),
    m(OTH, "fr", "magazine_biere_interview", "", "",
      ("Chloé Renard", "chloe.renard@biere-et-co.example.fr"),
      "Demande d'interview - Bière & Co", "2026-07-09 11:20 +0200",
      "Bonjour Cormac,\n\n"
      "Je suis journaliste pour le magazine Bière & Co. Nous préparons un dossier sur les\n"
      "pubs irlandais qui défendent la bière artisanale et j'aimerais beaucoup vous\n"
      "interviewer par téléphone (20 minutes) dans les prochains jours.\n\n"
      "Seriez-vous disponible ?\n\nChloé Renard\nBière & Co\n",
      from_ew=("utf-8", "Q")),
    m(OTH, "fr", "sarah_absence", "", "",
      ("Sarah Peeters", "sarah.peeters@horecatalents.example.be"),
      "Réponse automatique : Entretien Galerie Royale", "2026-07-06 21:00 +0200",
      "Bonjour,\n\n"
      "Je suis absente du bureau jusqu'au 13 juillet inclus. Pour toute urgence, merci\n"
      "de contacter info@horecatalents.example.be.\n\n"
      "Sarah Peeters\n",
      headers=AUTO),
    # ================================================================ German
    m(OTH, "de", "jobradar_jobagent", "", "", ("JobRadar", "jobagent@jobradar.example.de"),
      "Ihr Jobagent: 14 neue Stellen für 'Vertrieb Getränke'", "2026-03-16 06:30 +0100",
      "Ihr Jobagent für 'Vertrieb Getränke' in München (+50 km)\n\n"
      "- Key Account Manager Gastronomie - Getränkegroßhandel - München\n"
      "- Gebietsverkaufsleiter (m/w/d) - Brauerei - Rosenheim\n"
      "- Außendienst Fachhandel - Mineralbrunnen - Freising\n\n"
      "Tipp der Woche: Absage erhalten? So bereiten Sie das nächste\n"
      "Vorstellungsgespräch besser vor.\n\n"
      "Jobagent verwalten oder abbestellen: https://jobradar.example.de/agent\n",
      headers=bulk("<jobagent.jobradar.example.de>", "https://jobradar.example.de/abmelden"),
      charset="iso-8859-1", cte="quoted-printable"),
    mine("haidhausen_bewerbung", "de",
         ("Katrin Lechner", "k.lechner@brauhaus-haidhausen.example.de"),
         "Bewerbung Verkaufsleiter Gastronomie", "2026-08-17 21:14 +0100",
         "Sehr geehrte Frau Lechner,\n\n"
         "anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als\n"
         "Verkaufsleiter Gastronomie. Als langjähriger Barleiter in Limerick kenne ich die\n"
         "Anforderungen der Wirte aus erster Hand.\n\n"
         "Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.\n\n"
         + ME_SIG_DE + "\n",
         pdfs=[("Lebenslauf_OBriain-Castellanos.pdf", [
             "Lebenslauf - Cormac O Briain-Castellanos", "Barleiter, Limerick (seit 2020)"])]),
    m(OTH, "de", "wohnung_besichtigung", "", "",
      ("Helga Brunner", "h.brunner@example.de"),
      "Besichtigung Wohnung Au, Samstag", "2026-06-18 17:45 +0200",
      "Hallo Herr Ó Briain-Castellanos,\n\n"
      "gern können Sie die 2-Zimmer-Wohnung in der Au am Samstag, 27. Juni, um 14 Uhr\n"
      "besichtigen. Bitte bringen Sie eine Gehaltsbestätigung bzw. den Arbeitsvertrag\n"
      "und eine SCHUFA-Auskunft mit.\n\n"
      "Viele Grüße\nHelga Brunner\n",
      charset="windows-1252", cte="8bit"),
    m(OTH, "de", "franziska_abwesend", "", "", ("Franziska Huber", "f.huber@isarwinkel.example.de"),
      "Abwesenheitsnotiz: Vielen Dank für das Gespräch", "2026-03-31 20:06 +0200",
      "Vielen Dank für Ihre Nachricht.\n\n"
      "Ich bin bis einschließlich 6. April nicht im Büro und habe keinen Zugriff auf\n"
      "meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen\n"
      "wenden Sie sich bitte an personal@isarwinkel.example.de.\n\n"
      "Franziska Huber\n",
      headers=AUTO),
    m(OTH, "de", "paketblitz_verspaetet", "", "", ("PaketBlitz", "noreply@paketblitz.example.de"),
      "Leider verzögert sich Ihre Sendung", "2026-07-24 12:00 +0200",
      None,
      html=html_shell("PaketBlitz", [
          "Hallo Cormac Ó Briain-Castellanos,",
          "leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 aus München "
          "nach Irland. Grund: erhöhtes Sendungsaufkommen im internationalen Versand.",
          "Neue voraussichtliche Zustellung: 29.07.2026.",
          "Wir bitten um Ihr Verständnis."], colour="#ffcc00")),
    # ================================================================ Spanish
    mine("gorbea_candidatura", "es",
         ("Mikel Aranburu", "mikel.aranburu@destileriagorbea.example.es"),
         "Candidatura - Embajador de marca", "2026-08-30 20:40 +0100",
         "Estimado Mikel:\n\n"
         "Me dirijo a usted para presentar mi candidatura al puesto de Embajador de marca.\n"
         "Llevo seis años como encargado de bar en Limerick y mi madre es de Getxo, así que\n"
         "conozco bien la hostelería de Bizkaia.\n\n"
         "Le adjunto mi currículum. Quedo a su disposición para una entrevista.\n\n"
         + ME_SIG_ES + "\n",
         pdfs=[("CV_Cormac_OBriain-Castellanos_ES.pdf", [
             "Cormac O Briain-Castellanos", "Encargado de bar, Limerick"])]),
    m(OTH, "es", "hosteleriajobs_alertas", "", "",
      ("HosteleríaJobs", "alertas@hosteleriajobs.example.es"),
      "Tus alertas: 8 ofertas nuevas de comercial de bebidas", "2026-04-13 07:00 +0200",
      "Hola Cormac,\n\n"
      "Estas son las nuevas ofertas que encajan con tu alerta 'comercial bebidas Bizkaia':\n\n"
      "- Comercial HORECA - distribuidora - Bilbao\n"
      "- Delegado de ventas - cervecera - Vitoria-Gasteiz\n"
      "- Promotor de marca - sidrería - Astigarraga\n\n"
      "Consejo: ¿te han rechazado? Prepara mejor tu próxima entrevista con nuestra guía.\n\n"
      "Darse de baja: https://hosteleriajobs.example.es/baja\n",
      headers=bulk("<alertas.hosteleriajobs.example.es>", "https://hosteleriajobs.example.es/baja"),
      from_ew=("utf-8", "B")),
    m(OTH, "es", "prima_rechazo_propio", "", "", ("Maite Castellanos", "maite.castellanos@example.es"),
      "No me han cogido...", "2026-05-31 22:18 +0200",
      "Hola primo,\n\n"
      "Al final no me han cogido en el hotel de Donosti. Me han mandado el típico correo\n"
      "de 'lamentamos comunicarte que hemos seleccionado a otra persona'. Después de dos\n"
      "entrevistas... En fin.\n\n"
      "¿Y lo tuyo con la distribuidora? Cuéntame.\n\n"
      "Besos,\nMaite\n"),
    mine("refrescos_peticion_cambio", "es", ("Nerea Olabarria", "nerea.olabarria@refrescoscantabrico.example.es"),
         "RE: Invitación a entrevista telefónica - Gestor/a de Cuentas HORECA",
         "2026-07-07 09:05 +0100",
         "Hola Nerea:\n\n"
         "Muchas gracias por la invitación. ¿Sería posible hacer la entrevista por la\n"
         "tarde? Por las mañanas estoy con los proveedores en el bar.\n\n" + ME_SIG_ES + "\n"),
    mine("goierri_disculpa", "es", ("Ane Urrutia", "ane@sidreriagoierri.example.es"),
         "RE: Videollamada - Responsable comercial sidra", "2026-03-13 13:02 +0000",
         "Hola Ane:\n\n"
         "Te pido mil disculpas. Tenía apuntada la videollamada a las 11:00 hora de\n"
         "Irlanda, y me he dado cuenta demasiado tarde de que era hora de Bilbao. Ha sido\n"
         "un error mío.\n\n"
         "Si todavía es posible, me encantaría tener otra oportunidad.\n\n" + ME_SIG_ES + "\n",
         charset="iso-8859-1", cte="8bit"),
    m(OTH, "es", "banco_posicion_global", "", "",
      ("Banca Bizkaia Online", "avisos@bancabizkaia.example.es"),
      "Tu posición global a 30/06/2026", "2026-07-01 08:00 +0200",
      "Hola, Cormac:\n\n"
      "Ya tienes disponible el resumen de tu posición global a 30 de junio de 2026 en la\n"
      "banca online. Incluye tus cuentas, tarjetas y productos de ahorro.\n\n"
      "Por tu seguridad, nunca te pediremos tus claves por correo electrónico.\n",
      charset="iso-8859-1", cte="quoted-printable"),
    m(OTH, "es", "radiobilbo_entrevista", "", "",
      ("Josu Larrañaga", "josu.larranaga@radiobilbo.example.es"),
      "Entrevista en Radio Bilbo", "2026-03-03 12:30 +0100",
      "Hola Cormac:\n\n"
      "Soy Josu, de Radio Bilbo. Para el especial de San Patricio queremos hacer una\n"
      "entrevista a un irlandés con raíces vascas que trabaje en hostelería, y nos han\n"
      "hablado de ti. Sería por teléfono el 17 de marzo a las 12:15, unos diez minutos.\n\n"
      "¿Te animas?\n\nJosu Larrañaga\nRadio Bilbo\n",
      from_ew=("iso-8859-1", "Q")),
    m(OTH, "es", "piso_indautxu_visita", "", "", ("Arantza Gil", "arantza.gil@example.es"),
      "Visita piso Indautxu", "2026-05-12 19:10 +0200",
      "Hola Cormac:\n\n"
      "Te confirmo la visita al piso de Indautxu el sábado 16 a las 11:00. Son 850 EUR\n"
      "al mes más gastos de comunidad, y pedimos dos meses de fianza y la última\n"
      "nómina o el contrato de trabajo.\n\n"
      "Un saludo,\nArantza\n"),
]
