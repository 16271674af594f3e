"""Everything else of the threehundredfiftieth corpus: newsletters, alerts, look-alike traps,
friends' mail, out-of-office replies and the candidate's own sent mail."""

from __future__ import annotations

from msgs350_common import ME, OOO, M, html_of, list_headers, reply

MESSAGES = []
add = MESSAGES.append
OTHER = "other"


def other(name: str, lang: str, frm: tuple[str, str], subject: str, date: str, body: str,
          **extra: object) -> None:
    add(M(name, OTHER, lang, "", "", frm, subject, date, body, **extra))


# ================================================================== English (25)
alert = """Hi Rosalind,

Here are this week's new jobs matching "animal health sales" within 50 miles of Bristol:

1. Territory Manager - Companion Animal | Veridane Animal Health | Bristol & Somerset
   "Interview process: two stages, including a field visit."
2. Key Account Manager | Northgate Diagnostics | Remote (South West)
3. Practice Sales Executive | Orchard Lane Veterinary Group | Reading
4. Technical Sales Adviser - Ruminants | Greenacre Feeds | Gloucester

Career tip of the week: Rejection is part of every job search. Unfortunately, most
candidates give up after three unsuccessful interviews - don't be one of them!

View all 27 jobs: https://vetcareershub.example.com/alerts/7731

You are receiving this email because you created a job alert on VetCareers Hub.
Unsubscribe or change frequency: https://vetcareershub.example.com/alerts/manage
"""
other("vetcareers_alert", "en", ("Ellie from VetCareers Hub", "alerts@vetcareershub.example.com"),
      "27 new animal health sales jobs near Bristol", "2026-02-16 06:00 +0000", alert,
      fmt="alt", html=html_of(alert, "VetCareers Hub", "#e67e22"),
      headers=list_headers("<job-alerts.vetcareershub.example.com>",
                           "https://vetcareershub.example.com/alerts/unsubscribe?u=rachterberg"))

news = """THE CAREER SWITCH - issue 58

Unfortunately, rejection is part of the deal
We asked 400 readers how many "we regret to inform you" emails they received before
landing their first sales role. The median was 19. Read what helped them keep going.

Five interview questions for new medical sales reps
From "tell me about a time you lost a deal" to "sell me this pen", our panel of hiring
managers explain what they are really listening for.

Offer or no offer? How to compare two job offers
A simple scorecard for salary, car, bonus structure and territory size.

You are receiving The Career Switch because you subscribed at careerswitch.example.com.
Unsubscribe: https://careerswitch.example.com/u/88a1
"""
other("careerswitch_newsletter", "en", ("The Career Switch", "newsletter@careerswitch.example.com"),
      "Unfortunately, rejection is part of the deal (and 4 other reads)", "2026-03-08 07:30 +0000",
      html_of(news, "The Career Switch", "#222222"), fmt="html", cte="quoted-printable",
      headers=list_headers("The Career Switch <careerswitch.list.careerswitch.example.com>",
                           "mailto:unsubscribe@careerswitch.example.com"))

other("podcast_interview", "en", ("Jess Okafor", "jess@thevnpodcast.example.com"),
      "Would you like to be interviewed on The VN Podcast?", "2026-03-25 12:15 +0000",
      """Hi Rosalind,

I'm the host of The VN Podcast, a fortnightly show about veterinary nursing careers. A
listener told me you're moving from practice into animal-health sales, and I'd love to
interview you about it for an episode on "life after the consulting room".

Recording is about 40 minutes over Zoom, at a time that suits you in April. No preparation
needed beyond a quick pre-chat. Would you be up for it?

Thanks so much,
Jess Okafor
The VN Podcast | thevnpodcast.example.com
""")

other("radio_interview", "en", ("Mark Penhaligon", "mark.penhaligon@severnsideradio.example.co.uk"),
      "Radio interview tomorrow - vet nurse shortage", "2026-04-22 16:50 +0100",
      """Hi Rosalind,

Thanks for agreeing to chat to us. Just confirming your live radio interview on the
Severnside Breakfast show tomorrow (Thursday) at 07:40. We'll call you on 07700 900418
at 07:30 - the interview itself will be about five minutes on why so many vet nurses are
leaving the profession.

Cheers,
Mark Penhaligon
Producer, Severnside Radio
""", cte="quoted-printable")

other("user_research", "en", ("Tailwise Research Team", "research@tailwise.example.com"),
      "Take part in a 30-minute interview and get a GBP 40 voucher", "2026-05-02 10:00 +0100",
      """Hi Rosalind,

We're improving the Tailwise pet health app and we'd love to hear from pet owners like you.

We're looking for people to take part in a 30-minute user research interview over video
between 11 and 15 May. You'll talk to one of our designers about how you book vet
appointments and keep track of your pets' medication. There are no right or wrong answers.

As a thank-you, you'll receive a GBP 40 gift voucher.

Book your interview slot: https://tailwise.example.com/research/booking

Thanks,
The Tailwise Research Team
""", fmt="alt", html=html_of("""Hi Rosalind,

We're looking for people to take part in a 30-minute user research interview over video
between 11 and 15 May. As a thank-you, you'll receive a GBP 40 gift voucher.

Thanks,
The Tailwise Research Team""", "Tailwise", "#27ae60"),
      headers={"Precedence": "bulk", "List-Unsubscribe": "<https://tailwise.example.com/u>"})

other("parcel_delayed", "en", ("SwiftDrop Deliveries", "no-reply@swiftdrop.example.co.uk"),
      "Unfortunately your parcel is delayed", "2026-05-18 08:12 +0100",
      """Hi Rosalind,

Unfortunately your parcel from Paws & Claws Supplies (tracking SD-4471-0093-GB) has been
delayed because of high volumes at our Avonmouth depot. We're sorry - we know you were
expecting it today.

New estimated delivery: Wednesday 20 May, between 10:00 and 14:00.

You can reschedule or redirect your delivery here: https://swiftdrop.example.co.uk/track

SwiftDrop Deliveries
""", fmt="html")
MESSAGES[-1]["body"] = html_of(MESSAGES[-1]["body"], "SwiftDrop", "#c0392b")

other("bank_position", "en", ("Avonvale Bank", "alerts@avonvalebank.example.co.uk"),
      "Your account position at 6pm", "2026-06-05 18:01 +0100",
      """Dear Ms Achterberg-Osei,

Here is your end-of-day account position:

Everyday Current Account ending 4418   GBP 1,204.77
Easy Saver ending 0921                  GBP 6,530.00

Unfortunately, a direct debit to Bristol Water was returned unpaid today. Please make sure
there are sufficient funds before it is represented on 9 June.

Avonvale Bank will never ask for your PIN or password by email.
""", charset="iso-8859-1", cte="quoted-printable")

other("dog_gps_position", "en", ("Pawtrack", "notifications@pawtrack.example.com"),
      "Bramble left the safe zone - latest position", "2026-06-21 17:42 +0100",
      """Bramble has left the Home safe zone.

Latest position: 51.4628 N, 2.5935 W (near Cotham Gardens, Bristol)
Updated: 17:41
Battery: 38%

Open the Pawtrack app to start live tracking or to share Bramble's position with family.
""")

other("landlord_viewing", "en", ("Harriet Vane Lettings", "lettings@harrietvane.example.co.uk"),
      "Viewing at 14 Cotham Road - Saturday", "2026-07-02 12:30 +0100",
      """Dear Rosalind,

As your tenancy at 14 Cotham Road ends on 31 August, your landlord has asked us to start
viewings. We'd like to arrange a viewing with two prospective tenants on Saturday 4 July
at 11:00. Please let us know if this time is inconvenient and we'll offer an alternative.

Kind regards,
Ben Adeyemi
Harriet Vane Lettings, Whiteladies Road, Bristol
""", charset="windows-1252")

other("dentist_reminder", "en", ("Clifton Smile Dental", "appointments@cliftonsmile.example.co.uk"),
      "Appointment reminder: Tuesday 14 July at 08:45", "2026-07-12 09:00 +0100",
      """Hello Rosalind,

This is a reminder of your hygienist appointment with Dr Farah Said on Tuesday 14 July at
08:45.

If you need to cancel or reschedule, please give us at least 24 hours' notice by calling
0117 496 0333, or a late-cancellation fee may apply.

Clifton Smile Dental
""")

other("gp_rescheduled", "en", ("Redland Green Surgery", "no-reply@redlandgreen-surgery.example.nhs.uk"),
      "Your appointment has been rescheduled", "2026-08-06 14:15 +0100",
      """Dear Rosalind Achterberg-Osei,

Your appointment with Dr Kapoor on Monday 10 August at 09:10 has been rescheduled, as the
doctor is unavailable.

New appointment: Tuesday 11 August at 15:40, Redland Green Surgery.

If this time does not suit you, please call reception on 0117 496 0101.

This is an automated message. Replies to this address are not monitored.
""", cte="quoted-printable")

other("friend_rejection", "en", ("Hattie Lowe", "hattie.lowe@example.org"),
      "ugh", "2026-06-01 21:17 +0100",
      """Ros,

Just got the email - Harbourside didn't pick me for the practice support role either! "We
have decided to progress with other candidates whose experience more closely matches..."
blah blah. Two rejections in one week for both of us, we should start a club.

Wine on Friday? I'll bring the crisps.

H x
""")

friend_inner = M("friend_inner", OTHER, "en", "", "",
                 ("Marcus Oyelaran", "marcus.oyelaran@brambleway.example.co.uk"),
                 "Interview invitation - Regional Manager role", "2026-07-20 09:30 +0100",
                 """Dear Kofi,

Thank you for your application for the Regional Manager (South Wales) role at Brambleway
Pet Nutrition. We would like to invite you to an interview on Thursday 30 July at 14:00 at
our Bristol office.

Kind regards,
Marcus Oyelaran
Regional Manager, Brambleway Pet Nutrition
""", to=[("Kofi Mensah", "kofi.mensah@example.net")])
other("friend_fwd_invite", "en", ("Kofi Mensah", "kofi.mensah@example.net"),
      "Fwd: Interview invitation - Regional Manager role", "2026-07-20 12:02 +0100",
      """Ros!! Look what came in this morning - they want to interview ME at Brambleway. Any tips
on what they asked you? Coffee this week?

Kofi
""", fwd=friend_inner)

other("course_refused", "en", ("NAHP Course Administration", "courses@animalhealthtraining.example.org"),
      "Your application for the NAHP course - September intake", "2026-07-28 11:20 +0100",
      """Dear Rosalind,

Thank you for applying for a place on the National Award for Animal Health Professionals
(NAHP) course starting in September 2026.

Unfortunately, the September intake is now fully subscribed and we are unable to offer you
a place. We have added you to the waiting list and you will be given priority for the
January 2027 intake.

Kind regards,
Course Administration Team
Animal Health Training Trust
""", charset="iso-8859-1")

other("kestrel_cold", "en", ("Helena Ferreira-Long", "h.ferreira-long@kestrelsearch.example.com"),
      "A conversation about your next step?", "2026-06-11 07:55 +0100",
      """Dear Rosalind,

I lead the animal health practice at Kestrel Life Science Search. Your profile came up in
conversation with a mutual contact, and your transition from veterinary nursing into
commercial roles is exactly the kind of path several of my clients value.

I don't have a specific vacancy to discuss today, but I'd welcome a 20-minute call to
understand what you are looking for. Would any time next week suit?

With kind regards,
Helena Ferreira-Long
Partner, Animal Health Practice
Kestrel Life Science Search
""")

other("blackthorn_cold", "en", ("Ryan Doherty", "ryan.doherty@blackthorntalent.example.com"),
      "Animal health sales - are you open to opportunities?", "2026-09-24 13:10 +0100",
      """Hi Rosalind,

Hope you're well! I came across your profile and wanted to reach out. I recruit exclusively
for animal health and nutrition companies across the UK, and I'm always keen to connect
with people with genuine clinical experience.

Are you open to new opportunities at the moment? Even if not, it would be great to connect
for the future.

Best,
Ryan Doherty
Principal Consultant | Blackthorn Talent
""", fmt="alt", html=html_of("""Hi Rosalind,

Hope you're well! I recruit exclusively for animal health and nutrition companies across
the UK. Are you open to new opportunities at the moment?

Best,
Ryan Doherty"""))

DUNMORE = ("Callum Reid", "callum.reid@dunmorepet.example.co.uk")
other("own_application_dunmore", "en", ME,
      "Application - Veterinary Practice Relationship Manager", "2026-04-26 19:40 +0100",
      """Dear Mr Reid,

Please find attached my CV and cover letter for the Veterinary Practice Relationship
Manager role advertised on VetCareers Hub.

I'm a registered veterinary nurse with eight years' experience in small-animal practice in
Bristol, including running our practice health plan and insurance claims desk. I'd welcome
the chance to discuss how I could help Dunmore build relationships with practices.

Kind regards,
Rosalind Achterberg-Osei
07700 900418
""", to=[DUNMORE],
      pdfs=[("CV_Rosalind_Achterberg-Osei.pdf", "Rosalind Achterberg-Osei - CV",
             ["Registered Veterinary Nurse (RCVS)", "Cotham Veterinary Centre, Bristol 2018-2026",
              "Skills: client education, health plans, insurance claims"]),
            ("Cover_letter.pdf", "Cover letter", ["Dear Mr Reid,", "..."])])

NORTHGATE_AMELIA = ("Amelia Shaw", "amelia.shaw@northgate-diagnostics.example.co.uk")
other("own_reschedule_request", "en", ME, "Re: Your telephone interview today",
      "2026-02-05 13:05 +0000",
      reply("""Hi Amelia,

I'm so sorry - I was called into an emergency at the practice and couldn't leave the
theatre. Could we rearrange? I'm free on Tuesday 10 or Wednesday 11 February any time
after 13:00.

Many thanks and apologies again,
Rosalind""", "On Thu, 5 Feb 2026 at 11:48, Amelia Shaw "
              "<amelia.shaw@northgate-diagnostics.example.co.uk> wrote:",
              """Hi Rosalind,

I called you at 11:00 this morning for our scheduled telephone interview for the Field
Sales Executive role, but there was no answer, and I left a voicemail."""),
      to=[NORTHGATE_AMELIA], parent="northgate_noshow")

other("own_chase_halcyon", "en", ME, "Application status - Key Account Manager, Equine",
      "2026-07-27 08:15 +0100",
      """Dear Rhys,

I hope you're well. I wanted to follow up on my interview for the Key Account Manager,
Equine role, which was cancelled on 8 July. Is there any news on a new date?

I remain very interested in the role.

Kind regards,
Rosalind Achterberg-Osei
""", to=[("Rhys Bevan", "rhys.bevan@halcyon-ah.example.co.uk")])

other("ooo_priya", "en", ("Priya Lindqvist", "priya.lindqvist@veridane.example.com"),
      "Automatic reply: Question about the Territory Manager role", "2026-01-23 07:15 +0000",
      """Thank you for your email. I'm out of the office until Monday 26 January with limited
access to email. For urgent recruitment queries, please contact
uk.talent@veridane.example.com.

Kind regards,
Priya Lindqvist
Talent Acquisition Partner, UK & Ireland
""", headers=OOO)

other("ooo_tom", "en", ("Tom Ashdown", "tom.ashdown@brambleway.example.co.uk"),
      "Out of office Re: Final interview - Brambleway Pet Nutrition", "2026-08-20 08:00 +0100",
      """Hi there,

I'm on annual leave until Monday 24 August and won't be checking emails. If your message is
about an interview, please contact talent@brambleway.example.co.uk and one of the team will
help.

Thanks,
Tom
""", headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

vna = """VN TIMES - members' bulletin, September 2026

- Congress 2026: early-bird registration closes 30 September
- New CPD module: "Interview skills for VNs moving into industry" (1.5 hours)
- Member story: "After 20 rejections I landed my dream job in pet nutrition"
- Survey: tell us about the position of vet nurses in your practice

You are receiving this bulletin as a member of the Veterinary Nurses Society.
Manage preferences: https://vnsociety.example.org.uk/preferences
"""
other("vns_bulletin", "en", ("Veterinary Nurses Society", "bulletin@vnsociety.example.org.uk"),
      "VN Times - September bulletin", "2026-09-01 12:00 +0100", vna, fmt="alt",
      html=html_of(vna, "VN Times", "#16a085"), cte="base64",
      headers=list_headers("VN Times <bulletin.vnsociety.example.org.uk>",
                           "https://vnsociety.example.org.uk/unsubscribe"))

other("webinar_marketing", "en", ("Closer Academy", "events@closeracademy.example.com"),
      "Free webinar: Ace your medical sales interview (Thu 7pm)", "2026-04-13 17:00 +0100",
      html_of("""Hi Rosalind,

Land your first medical or animal-health sales job! Join our free 60-minute webinar this
Thursday at 7pm and learn:

- the 3 interview questions that decide 80% of offers
- how to answer "why sales?" when you come from a clinical background
- what to do after a rejection

Save your seat: https://closeracademy.example.com/webinar

See you there,
The Closer Academy team""", "Closer Academy", "#e74c3c",
              "Closer Academy Ltd, Manchester. Unsubscribe any time."),
      fmt="html", headers={"Precedence": "bulk",
                           "List-Unsubscribe": "<mailto:unsub@closeracademy.example.com>"})

other("rota_change", "en", ("Deborah Finch", "deborah.finch@cothamvets.example.co.uk"),
      "Rota change - your Saturday shift has been moved", "2026-03-19 13:30 +0000",
      """Hi Ros,

Quick one: we've had to move your Saturday 28 March shift to Sunday 29 March (same hours,
8-2) because Kerry's off sick. Let me know if that's a problem. Also - your interview leave
for the 26th is approved.

Thanks,
Deb
Head Nurse, Cotham Veterinary Centre
""")

other("family_dinner_ics", "en", ("Abena Osei", "abena.osei@example.com"),
      "Invitation: Mum's 60th birthday dinner", "2026-09-10 20:05 +0100",
      """Hi all,

Booked the table at The Glasshouse for Mum's 60th - Saturday 3 October, 7pm. Calendar
invite attached so nobody forgets! Don't tell her.

Abena x
""", fmt="alt", ics={"method": "REQUEST", "uid": "mum60-dinner@example.com", "seq": 0,
                     "summary": "Mum's 60th birthday dinner", "start": "20261003T190000",
                     "end": "20261003T220000", "tz": "Europe/London",
                     "location": "The Glasshouse, Bristol"},
      to=[ME, ("Kwame Osei", "kwame.osei@example.com")])

# ================================================================== French (2)
fr_alert = """Bonjour Rosalind,

12 nouvelles offres correspondent à votre alerte « commercial santé animale - Lyon » :

- Délégué(e) vétérinaire - Laboratoires Sorelis - Lyon
  « Processus : entretien téléphonique puis entretien sur site »
- Technico-commercial(e) nutrition animale - Coopérative des Monts du Lyonnais
- Attaché(e) commercial(e) laboratoire - Biolab Vétérinaire du Rhône

Conseil de la semaine : un refus n'est jamais définitif. Malheureusement, beaucoup de
candidats abandonnent trop tôt !

Voir les offres : https://emploi-veto.example.fr/alertes/4410
Pour vous désabonner, cliquez ici : https://emploi-veto.example.fr/desabonnement
"""
other("emploiveto_alerte", "fr", ("Emploi Véto", "alertes@emploi-veto.example.fr"),
      "12 nouvelles offres pour votre alerte", "2026-05-04 06:30 +0200", fr_alert, fmt="alt",
      html=html_of(fr_alert, "Emploi Véto", "#8e44ad"), cte="quoted-printable",
      name_enc=("iso-8859-1", "q"),
      headers=list_headers("<alertes.emploi-veto.example.fr>",
                           "https://emploi-veto.example.fr/desabonnement?id=55"))

other("own_candidature_gamelle", "fr", ME, "Candidature - Chargée de développement réseau vétérinaire",
      "2026-02-20 20:10 +0000",
      """Madame Brunet,

Je vous prie de trouver ci-joint mon CV et ma lettre de motivation pour le poste de chargée
de développement réseau vétérinaire.

Infirmière vétérinaire depuis huit ans à Bristol, je souhaite aujourd'hui mettre ma
connaissance des cliniques au service d'une marque de nutrition que je recommande déjà à mes
clients.

Je reste à votre disposition pour un entretien.

Bien cordialement,
Rosalind Achterberg-Osei
""", to=[("Lucie Brunet", "lucie.brunet@maisongamelle.example.fr")], charset="iso-8859-1",
      cte="quoted-printable",
      pdfs=[("CV_Achterberg-Osei_FR.pdf", "Rosalind Achterberg-Osei - CV",
             ["Infirmiere veterinaire diplomee", "Bristol, Royaume-Uni"])])

# ================================================================== German (9)
de_alert = """Hallo Frau Achterberg-Osei,

Ihr JobRadar hat 9 neue Stellen für „Pharmareferent Tiergesundheit“ in Hannover gefunden:

• Pharmareferent/in Nutztier – Hartwig Tiergesundheit – Hannover
  „Wir freuen uns auf Ihre Bewerbung und ein erstes Vorstellungsgespräch!“
• Außendienst Labordiagnostik – VetLab Leinetal – Hannover
• Fachberater/in Tierernährung – Agrargenossenschaft Calenberg – Pattensen

Tipp: Auch nach einer Absage lohnt es sich, freundlich nachzufragen.

Alle Stellen ansehen: https://jobradar.example.de/s/19942
Sie erhalten diese E-Mail, weil Sie einen JobRadar angelegt haben. Abmelden:
https://jobradar.example.de/abmelden
"""
other("jobradar_de", "de", ("JobRadar", "radar@jobradar.example.de"),
      "9 neue Jobs für Sie: Pharmareferent Tiergesundheit", "2026-02-09 05:45 +0100", de_alert,
      fmt="alt", html=html_of(de_alert, "JobRadar", "#0066cc"), cte="quoted-printable",
      headers=list_headers("JobRadar <jobradar-de.list.jobradar.example.de>",
                           "https://jobradar.example.de/abmelden?k=rao"))

de_news = """Karrierebrief Life Sciences – Ausgabe April

Absagen richtig deuten: Was „leider müssen wir Ihnen mitteilen“ wirklich bedeutet
Vorstellungsgespräch im Außendienst: die zehn häufigsten Fragen
Quereinstieg in die Tiergesundheit: drei Erfahrungsberichte

Sie erhalten diesen Newsletter, weil Sie sich auf karrierebrief.example.de angemeldet haben.
"""
other("karrierebrief_de", "de", ("Karrierebrief Life Sciences", "news@karrierebrief.example.de"),
      "Absagen richtig deuten – und weitere Themen", "2026-04-07 07:00 +0200",
      html_of(de_news, "Karrierebrief", "#2c3e50"), fmt="html", charset="windows-1252",
      cte="quoted-printable", subj_enc=("windows-1252", "q"),
      headers=list_headers("<karrierebrief.example.de>", "mailto:abmelden@karrierebrief.example.de"))

other("paket_verspaetet", "de", ("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
      "Ihre Sendung verzögert sich leider", "2026-06-16 10:05 +0200",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1122 8899 (Absender:
Fachbuchhandlung Tiermedizin, Hannover) um voraussichtlich zwei Werktage.

Neuer voraussichtlicher Zustelltermin: Donnerstag, 18. Juni 2026.

Wir bitten um Entschuldigung.
Ihr Paketblitz-Team
""", charset="iso-8859-1", cte="quoted-printable")

other("own_bewerbung_calenberg", "de", ME, "Bewerbung als Fachberaterin Tierernährung",
      "2026-04-30 21:12 +0100",
      """Sehr geehrter Herr Meyerhoff,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die Position Fachberater/in
Tierernährung Schwein und Rind.

Als Tiermedizinische Fachangestellte mit acht Jahren Praxiserfahrung in Großbritannien
bringe ich fundiertes Wissen über Tiergesundheit mit und spreche fließend Deutsch. Über eine
Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Rosalind Achterberg-Osei
""", to=[("Heiner Meyerhoff", "h.meyerhoff@calenberg-agrar.example.de")], cte="8bit",
      pdfs=[("Lebenslauf_Achterberg-Osei.pdf", "Lebenslauf Rosalind Achterberg-Osei",
             ["Tiermedizinische Fachangestellte (RVN)", "Bristol, Grossbritannien"])])

other("ooo_wohlleben", "de", ("Dr. Kerstin Wohlleben", "kerstin.wohlleben@hartwig-tg.example.de"),
      "Abwesenheitsnotiz: Rückfrage zum Termin", "2026-02-24 09:02 +0100",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.02.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf
meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@hartwig-tg.example.de.

Mit freundlichen Grüßen
Dr. Kerstin Wohlleben
""", headers=OOO, charset="iso-8859-1", cte="8bit", subj_enc=("iso-8859-1", "b"),
      name_enc=("iso-8859-1", "q"))

other("podcast_de", "de", ("Lena Harms", "lena@tierisch-karriere.example.de"),
      "Interviewanfrage für unseren Podcast „Tierisch Karriere“", "2026-08-11 14:30 +0200",
      """Hallo Rosalind,

ich moderiere den Podcast „Tierisch Karriere“ über Berufe rund ums Tier. Wir planen eine
Folge über Quereinsteigerinnen in der Tiergesundheitsbranche und würden Sie gern dazu
interviewen – gern auch auf Englisch mit deutscher Einleitung.

Die Aufnahme dauert etwa 45 Minuten und findet online statt. Hätten Sie im September Zeit?

Viele Grüße
Lena Harms
""", subj_enc=("utf-8", "q"), cte="quoted-printable")

other("besichtigung_hannover", "de", ("Immobilien Sievers", "vermietung@sievers-immo.example.de"),
      "Besichtigungstermin Wohnung Lister Meile 12", "2026-03-05 15:20 +0100",
      """Sehr geehrte Frau Achterberg-Osei,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Lister Meile 12. Gern bestätigen
wir Ihnen den Besichtigungstermin am Samstag, 14. März 2026, um 11:30 Uhr. Bitte bringen Sie
eine Kopie Ihres Ausweises mit.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab.

Mit freundlichen Grüßen
Immobilien Sievers – Vermietung
""", charset="windows-1252", cte="8bit")

other("seminar_ausgebucht", "de", ("IHK-Bildungszentrum Hannover", "seminare@ihk-bz.example.de"),
      "Ihre Anmeldung: Zertifikatslehrgang Pharmareferent/in", "2026-05-26 11:00 +0200",
      """Sehr geehrte Frau Achterberg-Osei,

vielen Dank für Ihre Anmeldung zum Zertifikatslehrgang „Pharmareferent/in (IHK)“ ab
1. September 2026.

Leider müssen wir Ihnen mitteilen, dass der Lehrgang bereits ausgebucht ist und wir Ihnen
keinen Platz anbieten können. Gern setzen wir Sie auf die Warteliste oder merken Sie für den
Lehrgang im Februar 2027 vor.

Mit freundlichen Grüßen
Ihr Seminarteam
IHK-Bildungszentrum Hannover
""", fmt="alt", html=html_of("""Sehr geehrte Frau Achterberg-Osei,

leider ist der Lehrgang „Pharmareferent/in (IHK)“ bereits ausgebucht und wir können Ihnen
keinen Platz anbieten.

Ihr Seminarteam"""))

other("falkenrath_cold", "de", ("Moritz Falkenrath", "m.falkenrath@falkenrath.example.de"),
      "Ihr Profil – kurzer Austausch?", "2026-06-08 08:20 +0200",
      """Sehr geehrte Frau Achterberg-Osei,

ich bin Personalberater mit Schwerpunkt Tiergesundheit und Agrar in Norddeutschland und bin
über Ihr Profil auf Sie aufmerksam geworden. Ihr Hintergrund als Tiermedizinische
Fachangestellte mit Interesse am Vertrieb ist für einige meiner Mandanten spannend.

Aktuell habe ich kein konkretes Mandat für Sie, würde mich aber über ein unverbindliches
Telefonat freuen, um Ihre Vorstellungen kennenzulernen.

Beste Grüße
Moritz Falkenrath
Personalberatung Falkenrath | Georgstraße 12 | 30159 Hannover
""", subj_enc=("utf-8", "b"))

# ================================================================== Spanish (8)
es_alert = """Hola Rosalind:

Tenemos 14 ofertas nuevas para tu alerta «comercial veterinario Zaragoza»:

- Delegado/a de Animales de Compañía · Laboratorios Moncayo · Zaragoza
  «Proceso: entrevista telefónica y entrevista presencial»
- Técnico/a comercial de nutrición animal · Cooperativa Piensos del Ebro · Zaragoza
- Gestor/a de Alianzas Veterinarias · Mascota Segura · Remoto

Consejo: lamentablemente, muchos candidatos no revisan su perfil tras un rechazo. ¡Hazlo!

Ver todas las ofertas: https://empleoveterinario.example.es/alertas/902
Darse de baja: https://empleoveterinario.example.es/baja
"""
other("empleoveterinario_alerta", "es", ("EmpleoVeterinario", "alertas@empleoveterinario.example.es"),
      "14 ofertas nuevas para ti", "2026-04-06 07:00 +0200", es_alert, fmt="alt",
      html=html_of(es_alert, "EmpleoVeterinario", "#c0392b"), cte="quoted-printable",
      headers=list_headers("<alertas.empleoveterinario.example.es>",
                           "https://empleoveterinario.example.es/baja?u=ra"))

other("own_candidatura_aragonvet", "es", ME, "Candidatura - Responsable de Desarrollo de Clínicas",
      "2026-05-07 19:25 +0100",
      """Estimada Sra. Ansón:

Le adjunto mi currículum y mi carta de presentación para la vacante de Responsable de
Desarrollo de Clínicas publicada en su web.

Soy enfermera veterinaria titulada con ocho años de experiencia en Bristol y hablo español
con fluidez. Me encantaría poder comentar mi candidatura en una entrevista.

Atentamente,
Rosalind Achterberg-Osei
""", to=[("Pilar Ansón", "pilar.anson@aragonvet.example.es")], charset="iso-8859-1",
      cte="8bit", pdfs=[("CV_Achterberg-Osei_ES.pdf", "Rosalind Achterberg-Osei - CV",
                         ["Enfermera veterinaria", "Bristol, Reino Unido"])])

other("amiga_rechazo", "es", ("Lucía Royo", "lucia.royo@example.es"),
      "me han dicho que no :(", "2026-05-12 22:40 +0200",
      reply("""Ros, ¿qué tal?

Pues nada, al final me han rechazado en Moncayo. Me llegó el típico correo de «lamentamos
comunicarte que no has sido seleccionada». Después de tres entrevistas... qué rabia.

Bueno, ¿cómo va lo tuyo con la cooperativa? Cuéntame.

Besos,
Lucía""", "El dom, 10 may 2026 a las 20:15, Rosalind Achterberg-Osei "
              "(<rosalind.achterberg@example.co.uk>) escribió:",
              """¡Lucía! ¿Sabes algo ya de Moncayo? Crucemos los dedos.

Ros"""), cte="quoted-printable")

other("envio_retrasado", "es", ("EnvíosYa", "avisos@enviosya.example.es"),
      "Lamentablemente tu envío se ha retrasado", "2026-06-19 09:30 +0200",
      """Hola:

Lamentablemente, tu envío EY-2026-558231 sufrirá un retraso por incidencias en el centro
logístico de Zaragoza. La nueva fecha estimada de entrega es el lunes 22 de junio.

Disculpa las molestias.

EnvíosYa
""", fmt="html", charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "q"))
MESSAGES[-1]["body"] = html_of(MESSAGES[-1]["body"], "EnvíosYa", "#f1c40f")

other("banco_posicion", "es", ("Banco Cierzo", "avisos@bancocierzo.example.es"),
      "Tu posición global a 30 de junio", "2026-07-01 08:00 +0200",
      """Hola, Rosalind:

Ya puedes consultar tu posición global a 30 de junio de 2026 en la banca online:

Cuenta Nómina ****7731: 2.418,60 €
Depósito a plazo ****0025: 5.000,00 €

Recuerda que nunca te pediremos tus claves por correo electrónico.

Banco Cierzo
""", charset="windows-1252", cte="quoted-printable",
      headers={"Precedence": "bulk"})

other("academia_sin_plaza", "es", ("Academia Lengua Viva", "secretaria@lenguaviva.example.es"),
      "Curso intensivo de español de negocios", "2026-07-06 12:45 +0200",
      """Hola Rosalind:

Gracias por tu interés en el curso intensivo de español de negocios (julio, Zaragoza).

Lamentablemente no quedan plazas disponibles en el grupo de nivel C1 y no podemos aceptar
tu inscripción. Te hemos apuntado en la lista de espera; si se libera una plaza, te
avisaremos.

Un saludo,
Secretaría - Academia Lengua Viva
""", cte="base64")

other("talento_cold", "es", ("Sergio Blasco", "sergio.blasco@talentocomercial.example.es"),
      "¿Hablamos?", "2026-06-02 11:00 +0200",
      """Hola Rosalind:

Soy consultor en Talento Comercial, una consultora de selección especializada en perfiles
comerciales del sector agroalimentario y veterinario en Aragón.

He visto tu perfil y me ha parecido muy interesante. Ahora mismo no tengo una vacante
concreta, pero me gustaría conocerte y saber qué estás buscando. ¿Te iría bien una llamada
de 15 minutos esta semana?

Un saludo,
Sergio Blasco
Talento Comercial
""", subj_enc=("utf-8", "b"))

other("investigacion_usuarios", "es", ("Equipo de Producto de Mascota Segura", "producto@mascotasegura.example.es"),
      "¿Nos ayudas? Entrevista de 20 minutos sobre nuestra app", "2026-08-20 17:00 +0200",
      """Hola Rosalind:

Estamos rediseñando la app de Mascota Segura y buscamos personas con mascota para una
entrevista de investigación de usuarios de 20 minutos por videollamada.

No es una entrevista de trabajo: solo queremos saber cómo das de alta un siniestro y qué te
resulta difícil. Como agradecimiento, te regalamos un mes de seguro gratis.

Reserva tu hueco: https://mascotasegura.example.es/investigacion

¡Gracias!
Equipo de Producto
""", fmt="alt", html=html_of("""Hola Rosalind:

Buscamos personas con mascota para una entrevista de investigación de usuarios de 20 minutos
por videollamada. No es una entrevista de trabajo.

¡Gracias!
Equipo de Producto""", "Mascota Segura", "#2980b9"),
      headers={"Precedence": "bulk"})

