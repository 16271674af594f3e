"""English (Barcelona, Lisbon), German (Zürich) and French (Marseille) threads, including the
offers from the hotel group's Zürich house and the telecoms operator's Lisbon and Marseille
hubs, and the candidate's own mail in those languages."""

from __future__ import annotations

from msgs317_common import (
    AUTO_REPLY,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_FR,
    msg,
    own,
    sig,
)

JORDI = ("Jordi Mas", "jordi.mas@tripvela.example.com")
SIG_JORDI = sig("Jordi Mas", "Senior Recruiter | Tripvela", "Carrer de la Marina 16, Barcelona")
OWEN = ("Owen Gallagher", "owen.gallagher@huntharbour.example.co.uk")
SIG_OWEN = sig("Owen Gallagher", "Partner, Travel & Aviation Practice", "Hunt & Harbour",
               "+44 20 0000 7781")
HANNAH = ("Hannah Becker", "hannah.becker@nomadix.example.com")
SIG_HANNAH = sig("Hannah Becker", "Talent Lead – Nomadix Travel",
                 "Passeig de Gràcia 55, 08007 Barcelona", "+34 930 000 415")
RITA = ("Rita Almeida", "rita.almeida@porticohub.example.pt")
SIG_RITA = sig("Rita Almeida", "People Partner, Portico Experience Hub",
               "Rua da Prata 120, 1100-417 Lisboa")
MIGUEL = ("Miguel Duarte", "miguel.duarte@oceanlink.example.pt")

ANDREA = ("Andrea Keller", "andrea.keller@seeblick-hotels.example.ch")
SIG_ANDREA = sig("Andrea Keller", "HR Business Partnerin", "Seeblick Hotels",
                 "Seefeldstrasse 88, 8008 Zürich", "+41 44 000 12 40")
MARKUS = ("Markus Brändli", "markus.braendli@kessler-search.example.ch")
SIG_MARKUS = sig("Markus Brändli", "Senior Consultant", "Kessler Executive Search",
                 "Bahnhofstrasse 51, 8001 Zürich", "+41 44 000 55 10")
NADINE = ("Nadine Frei", "nadine.frei@glarnet.example.ch")
SIG_NADINE = sig("Nadine Frei", "Talent Acquisition Partnerin", "Glarnet",
                 "Hardturmstrasse 161, 8005 Zürich")
URS = ("Urs Hofmann", "urs.hofmann@seefahrt-zuerichsee.example.ch")
SIG_URS = sig("Urs Hofmann", "Leiter Kundendienst", "Seefahrt Zürichsee",
              "Mythenquai 333, 8038 Zürich")
SABINE = ("Sabine Wyss", "sabine.wyss@calanovahotels.example.ch")
SIG_SABINE = sig("Sabine Wyss", "Human Resources", "Calanova Zürich Seefeld – Calanova Hotels",
                 "Dufourstrasse 14, 8008 Zürich", "+41 44 000 31 00")

HELENE = ("Hélène Bérard", "helene.berard@banquephoceenne.example.fr")
SIG_HELENE = sig("Hélène Bérard", "Chargée de recrutement", "Banque Phocéenne",
                 "12 quai de Rive-Neuve, 13007 Marseille", "04 91 00 00 27")
CLAIRE = ("Claire Ruffin", "claire.ruffin@mutuellemassilia.example.fr")
SIG_CLAIRE = sig("Claire Ruffin", "Responsable recrutement", "Mutuelle Massilia",
                 "40 boulevard de Paris, 13002 Marseille")
THOMAS = ("Thomas Aubert", "thomas.aubert@arvel-conseil.example.fr")
SIG_THOMAS = sig("Thomas Aubert", "Consultant senior – Arvel Conseil",
                 "5 rue Grignan, 13001 Marseille", "06 00 00 41 18")
ELODIE = ("Élodie Marchetti", "elodie.marchetti@calanques-voyages.example.fr")
SIG_ELODIE = sig("Élodie Marchetti", "Directrice des opérations", "Calanques Voyages",
                 "18 cours Julien, 13006 Marseille")

MESSAGES = [
    # ================================================================== ENGLISH
    # ------------------------------------------------------------------ Tripvela (Lever)
    msg("application_received", "en", "tripvela_ack", company="Tripvela",
        frm=("Tripvela", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Tripvela", date="2026-02-18 14:05", tz="UTC",
        fmt="alt",
        body="""Hi Inés,

Thanks for applying for the Customer Experience Operations Manager role at Tripvela in
Barcelona. We've received your application and our team is reviewing it.

We read every application ourselves, so it may take a couple of weeks before you hear from
us.

Best,
The Tripvela Talent Team"""),
    msg("interview_invitation", "en", "tripvela_screen", company="Tripvela",
        contact=JORDI[1], frm=("Jordi Mas", "no-reply@hire.lever.co"), reply_to=JORDI,
        subject="Tripvela – let's set up a first call", date="2026-02-25 10:20", tz="UTC",
        fmt="alt", cte="quoted-printable",
        body=f"""Hi Inés,

Thanks again for applying to the Customer Experience Operations Manager role. I'd love to
set up a 30-minute video call to hear more about your background and walk you through the
team.

Could you pick a time that works for you next week using this link?
https://jobs.lever.co/tripvela/interview/3b9e71

Talk soon,
{SIG_JORDI}"""),
    msg("interview_reschedule_or_cancel", "en", "tripvela_cancel", company="Tripvela",
        contact=JORDI[1], frm=JORDI, parent="tripvela_screen",
        subject="Need to cancel our call tomorrow", date="2026-03-03 17:45",
        body="""Hi Inés,

Really sorry, but I've come down with the flu and need to cancel our call tomorrow at
11:00. Nothing changes on our side regarding your application.

I'll send you a new slot as soon as I'm back, hopefully early next week.

Jordi"""),
    msg("other", "en", "tripvela_ooo", contact=JORDI[1], frm=JORDI, headers=AUTO_REPLY,
        subject="Automatic reply: Re: Need to cancel our call tomorrow",
        date="2026-03-04 08:02",
        body="""Hi,

I'm out of the office on sick leave and will be back on Monday 9 March. I'll have limited
access to email.

For anything urgent, please contact talent@tripvela.example.com.

Thanks,
Jordi"""),
    msg("rejection", "en", "tripvela_no", company="Tripvela", contact=JORDI[1],
        frm=("Jordi Mas", "no-reply@hire.lever.co"), reply_to=JORDI,
        subject="Your application at Tripvela", date="2026-03-20 15:10", tz="UTC",
        fmt="alt", cte="quoted-printable",
        body=f"""Hi Inés,

Thank you for taking the time to speak with me last week and for your interest in Tripvela.

After careful consideration, we've decided to move forward with candidates whose experience
more closely matches the needs of the role at this time, particularly on the data and
tooling side.

I really enjoyed our conversation and wish you the very best in your search.

{SIG_JORDI}"""),

    # ------------------------------------------------------------------ Lumen Stays (Ashby)
    msg("application_received", "en", "lumen_ack", company="Lumen Stays",
        frm=("Lumen Stays", "no-reply@ashbyhq.com"),
        subject="We received your application – Guest Experience Lead (Lisbon)",
        date="2026-04-13 09:40", tz="UTC", fmt="alt",
        body="""Hi Inés,

Thank you for applying to Lumen Stays! This is a quick note to confirm we've got your
application for Guest Experience Lead in Lisbon.

Due to the high volume of applications we can't reply to everyone individually, but we'll
be in touch if we'd like to move forward.

Cheers,
Lumen Stays Recruiting"""),
    msg("rejection", "en", "lumen_no", company="Lumen Stays",
        frm=("Lumen Stays", "no-reply@ashbyhq.com"),
        subject="Update on your Lumen Stays application", date="2026-04-30 16:25",
        tz="UTC", fmt="alt",
        body="""Hi Inés,

Thanks for your interest in the Guest Experience Lead role at Lumen Stays.

We've reviewed your application carefully and unfortunately we won't be taking it further
at this stage. We had a very strong pool of applicants and had to make some tough calls.

We wish you every success and hope you'll consider us for future openings.

Best,
Lumen Stays Recruiting"""),

    # ------------------------------------------------------------------ Tagus Digital Bank
    msg("application_received", "en", "tagus_ack", company="Tagus Digital Bank",
        frm=("Tagus Digital Bank", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Tagus Digital Bank", date="2026-05-11 11:11",
        tz="UTC", fmt="html", cte="base64", brand="TAGUS DIGITAL BANK", color="#14213d",
        body="""Dear Inés,

Thank you for your application for the position of Customer Experience Manager in Lisbon.
We confirm that it has been received and is now being reviewed by our Talent team.

If your profile matches our requirements, we will contact you to arrange next steps.

Kind regards,
Talent Acquisition
Tagus Digital Bank"""),
    msg("rejection", "en", "tagus_no", company="Tagus Digital Bank",
        contact="joana.pires@tagusbank.example.pt",
        frm=("Joana Pires", "joana.pires@tagusbank.example.pt"),
        subject="Customer Experience Manager – position filled", date="2026-05-29 14:00",
        tz="WET", cte="quoted-printable",
        body=f"""Dear Inés,

I wanted to let you know personally that the Customer Experience Manager position has been
filled by an internal candidate, so we are closing the external search and will not be
proceeding with your application.

Thank you for your patience and for your interest in Tagus Digital Bank.

Kind regards,
Joana Pires
Talent Acquisition Specialist
Tagus Digital Bank | Avenida da Liberdade 190, Lisboa

{DISCLAIMER_EN}"""),

    # ------------------------------------------------------------------ Oceanlink Telecom
    msg("application_received", "en", "oceanlink_ack", company="Oceanlink Telecom",
        frm=("Oceanlink Telecom", "noreply@workablemail.com"),
        subject="Oceanlink Telecom: application received", date="2026-06-08 08:15",
        tz="UTC", fmt="alt",
        body="""Hello Inés,

Your application for CX Programme Manager (Lisbon) has been successfully submitted to
Oceanlink Telecom.

The hiring team will review it shortly. You don't need to do anything else for now.

Regards,
Oceanlink Telecom Hiring Team"""),
    msg("interview_invitation", "en", "oceanlink_invite", company="Oceanlink Telecom",
        contact=MIGUEL[1], frm=MIGUEL,
        subject="Interview invitation – CX Programme Manager", date="2026-06-19 15:30",
        tz="WET", cte="quoted-printable",
        body="""Hi Inés,

I'm the hiring manager for the CX Programme Manager role. Your experience running a
customer-facing business end to end stood out, and I'd like to invite you to a one-hour
video interview with me and our Head of Digital Care.

Would Thursday 25 June at 14:00 Lisbon time (15:00 in Palma) work for you? I'll send a Meet
link once you confirm.

Best regards,
Miguel Duarte
Director of Customer Care, Oceanlink Telecom"""),
    msg("rejection", "en", "oceanlink_hold", company="Oceanlink Telecom",
        contact=MIGUEL[1], frm=MIGUEL, parent="oceanlink_invite", quote="en",
        subject="Re: Interview invitation – CX Programme Manager", date="2026-07-07 10:05",
        tz="WET", cte="quoted-printable",
        body="""Hi Inés,

Thank you for a great conversation on the 25th.

I'm afraid I have disappointing news: following a budget review, the CX Programme Manager
role has been put on hold until next year, so we will not proceed with the process for
now. I'm genuinely sorry, as you were one of our strongest candidates.

Best,
Miguel"""),

    # ------------------------------------------------------------------ Hunt & Harbour / Skyhop
    own("en", "huntharbour_application", to=OWEN,
        subject="Application – Head of Customer Experience (your ref. HH-2231)",
        date="2026-07-20 21:05",
        attach=[("Ines_Villanueva_CV_EN.pdf",
                 ["Ines Villanueva Ortega - Customer Experience & CRM",
                  "Palma de Mallorca, Spain - ines.villanueva@example.es",
                  "2016-2026 Travel agency manager, team of 9",
                  "CRM roll-out, complaints process, NPS from 31 to 58",
                  "Languages: Spanish, Catalan, English C1, German B2, French B2"])],
        body="""Dear Owen,

I'm writing about the Head of Customer Experience role for an airline client that you
posted on Monday (ref. HH-2231).

For the past ten years I have managed a travel agency in Palma, where I built our CRM from
scratch and raised our NPS from 31 to 58. I'm now looking for a customer-experience role in
travel or aviation and would be happy to relocate.

My CV is attached. I'd welcome a conversation.

Kind regards,
Inés Villanueva Ortega
+34 600 000 391"""),
    msg("interview_invitation", "en", "huntharbour_invite", company="Skyhop",
        contact=OWEN[1], frm=OWEN, parent="huntharbour_application", quote="en",
        subject="Re: Application – Head of Customer Experience (your ref. HH-2231)",
        date="2026-07-28 12:10", tz="UTC",
        body=f"""Dear Inés,

Thanks for your note and CV. I can now tell you the client is Skyhop, and they would like to
meet you.

They have proposed a first interview with their Chief Customer Officer on Tuesday 4 August at
10:00 CEST, by Teams, for about an hour. Could you confirm by Thursday? I'll give you a
short briefing call beforehand.

Best,
{SIG_OWEN}"""),
    msg("rejection", "en", "huntharbour_no", company="Skyhop", contact=OWEN[1], frm=OWEN,
        parent="huntharbour_invite",
        subject="Skyhop – feedback", date="2026-08-14 17:30", tz="UTC",
        body=f"""Dear Inés,

I've had feedback from Skyhop. They liked your energy and your CRM work, but they've decided
not to take your application further, as they want someone who has already run an airline
contact centre of 200+ agents.

I know that's frustrating after a good interview. I'll keep you in mind for travel
mandates where your profile is a closer fit.

Best wishes,
{SIG_OWEN}"""),

    # ------------------------------------------------------------------ Nomadix Travel
    msg("interview_invitation", "en", "nomadix_final", company="Nomadix Travel",
        contact=HANNAH[1], frm=HANNAH,
        subject="Final round – Head of Customer Journey", date="2026-09-01 09:30",
        fmt="alt", cte="quoted-printable",
        body=f"""Hi Inés,

Great news: the team would like to invite you to the final round for the Head of Customer
Journey role.

It'll be on-site at our Barcelona office on Wednesday 9 September from 10:00 to 13:00:
a 45-minute case presentation (brief attached to the next email), then conversations with
our COO and the CRM squad.

Let me know if that works and whether you need help with travel from Palma.

{SIG_HANNAH}"""),
    msg("interview_reschedule_or_cancel", "en", "nomadix_moved", company="Nomadix Travel",
        contact=HANNAH[1], frm=HANNAH, parent="nomadix_final", quote="en",
        subject="Re: Final round – Head of Customer Journey", date="2026-09-04 16:50",
        cte="quoted-printable",
        body="""Hi Inés,

Small change of plan: our COO has to be in London on the 9th, so we'd like to move your
final round to Friday 11 September, same time (10:00–13:00), same place. The case brief
stays the same.

Apologies for the shuffle, and thanks for being flexible.

Hannah"""),
    msg("rejection", "en", "nomadix_no", company="Nomadix Travel", contact=HANNAH[1],
        frm=HANNAH, parent="nomadix_moved", quote="en",
        subject="Re: Final round – Head of Customer Journey", date="2026-09-22 11:40",
        cte="quoted-printable",
        body=f"""Hi Inés,

Thank you so much for the time and effort you put into the final round; your case
presentation was one of the most thoughtful we saw.

It was a really close call, but we've decided to offer the role to another finalist with
more experience leading product squads, so we won't be moving forward with you this time.

I'd love to stay in touch, and I'll reach out if something closer to your profile opens up.

Warmly,
{SIG_HANNAH}"""),

    # ------------------------------------------------------------------ Portico Experience Hub
    msg("interview_invitation", "en", "portico_invite", company="Portico Experience Hub",
        contact=RITA[1], frm=("Rita Almeida from Portico", "no-reply@ashbyhq.com"),
        reply_to=RITA, subject="Interview with Portico Experience Hub",
        date="2026-08-10 13:00", tz="UTC", fmt="alt", cte="quoted-printable",
        body="""Hi Inés,

We'd like to invite you to a video interview for the Customer Experience Team Lead
(English-speaking) role at our Lisbon hub.

When: Tuesday 18 August, 11:00–11:45 (Lisbon time)
Where: Google Meet – the link is in the calendar invitation
With: Rita Almeida (People) and Bruno Tavares (Operations Manager)

If you need to change the time, just reply to this email.

Rita"""),
    msg("interview_reschedule_or_cancel", "en", "portico_reschedule",
        company="Portico Experience Hub", contact=RITA[1], frm=RITA,
        parent="portico_invite", quote="en",
        subject="Re: Interview with Portico Experience Hub – new time",
        date="2026-08-13 10:15", tz="WET",
        body=f"""Hi Inés,

Bruno is stuck with a client escalation on Tuesday morning, so could we move the interview
to Wednesday 19 August at 11:00 Lisbon time? I've updated the calendar invitation.

Thanks for understanding,
{SIG_RITA}"""),
    msg("missed_interview_notice", "en", "portico_missed", company="Portico Experience Hub",
        contact=RITA[1], frm=RITA, parent="portico_reschedule",
        subject="We missed you today", date="2026-08-19 11:35", tz="WET",
        body=f"""Hi Inés,

Bruno and I waited on the Meet call for 15 minutes this morning at 11:00 but didn't see you
join. I hope everything is OK.

If something came up, let me know and I'll see whether we can find another slot this week.

Best,
{SIG_RITA}"""),
    msg("missed_interview_notice", "en", "harbourline_missed", company="Harbourline",
        contact="sofia.mendes@harbourline.example.pt",
        frm=("Sofia Mendes", "sofia.mendes@harbourline.example.pt"),
        subject="Our phone interview this afternoon", date="2026-10-02 15:20", tz="WET",
        cte="quoted-printable",
        body="""Dear Inés,

I tried to call you at 14:30 as agreed for our phone interview about the Guest Services
Manager position, twice, but it went to voicemail.

We're happy to rebook if you are still interested. Please reply with two or three times that
suit you next week.

Kind regards,
Sofia Mendes
HR Coordinator | Harbourline Cruises & Ferries
Terminal de Cruzeiros de Lisboa"""),

    # ------------------------------------------------------------------ Ondanet Lisbon hub (offers)
    msg("offer", "en", "ondanet_lisbon_offer", company="Ondanet",
        contact="catarina.lopes@ondanet.example.pt",
        frm=("Catarina Lopes", "catarina.lopes@ondanet.example.pt"),
        cc=[("Lucía Prieto", "lucia.prieto@ondanet.example.es")],
        subject="Offer letter – CX Lead, Lisbon hub", date="2026-06-03 12:30", tz="WET",
        cte="quoted-printable",
        attach=[("Ondanet_Offer_Letter_Lisbon.pdf",
                 ["Ondanet Group - People Team Lisbon", "3 June 2026", "",
                  "Dear Ines Villanueva Ortega,",
                  "We are pleased to offer you the position of CX Lead, Lisbon hub.",
                  "Gross annual salary: EUR 46,000 + 12% bonus",
                  "Start date: 1 September 2026",
                  "Please sign and return by 17 June 2026."])],
        body=f"""Dear Inés,

Following your conversations with Lucía in Madrid, and as discussed on our call, I'm
pleased to attach a formal offer for the CX Lead role at our English-speaking Lisbon hub, as
an alternative to the Madrid position.

The letter covers salary, bonus, relocation support and the proposed start date of
1 September. The offer is valid until 17 June.

Please don't hesitate to reach out with any questions.

Best regards,
Catarina Lopes
People Partner, Ondanet Lisbon
Avenida Dom João II 44, Lisboa

{DISCLAIMER_EN}"""),
    msg("offer", "en", "ondanet_offer_portal", company="Ondanet",
        contact="catarina.lopes@ondanet.example.pt",
        frm=("Ondanet via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Catarina Lopes", "catarina.lopes@ondanet.example.pt"),
        subject="Your offer from Ondanet is ready to review", date="2026-06-10 09:00",
        tz="UTC", fmt="alt",
        body="""Hi Inés,

Congratulations! Your offer for CX Lead (Lisbon) is ready. You can review and e-sign the
offer letter securely here:

https://app.greenhouse.io/offers/ondanet/7f3c91

The link expires on 17 June 2026. If you have any questions, just reply to this email and
Catarina will get back to you.

The Ondanet People Team"""),

    # ================================================================== GERMAN
    # ------------------------------------------------------------------ Seeblick Hotels (Personio)
    msg("application_received", "de", "seeblick_ack", company="Seeblick Hotels",
        frm=("Seeblick Hotels Recruiting", "noreply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung – Guest Relations Managerin",
        date="2026-03-09 10:30", tz="UTC", fmt="alt",
        body="""Guten Tag Frau Villanueva Ortega

Vielen Dank für Ihre Bewerbung als Guest Relations Managerin (80–100 %) in Zürich. Wir
bestätigen Ihnen hiermit den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei
Ihnen.

Freundliche Grüsse
Ihr HR-Team der Seeblick Hotels"""),
    msg("missed_interview_notice", "de", "seeblick_missed", company="Seeblick Hotels",
        contact=ANDREA[1], frm=ANDREA,
        subject="Unser Telefontermin heute um 14 Uhr", date="2026-03-25 14:40",
        cte="quoted-printable", charset="windows-1252",
        body=f"""Guten Tag Frau Villanueva

Wie vereinbart habe ich Sie heute um 14.00 Uhr für unser telefonisches Erstgespräch
angerufen, Sie leider aber nicht erreicht. Auch ein zweiter Versuch um 14.15 Uhr blieb ohne
Antwort.

Falls etwas dazwischengekommen ist, melden Sie sich bitte kurz bei mir, dann suchen wir
einen neuen Termin.

Freundliche Grüsse
{SIG_ANDREA}"""),
    msg("rejection", "de", "seeblick_no", company="Seeblick Hotels", contact=ANDREA[1],
        frm=ANDREA, parent="seeblick_missed", quote="de",
        subject="AW: Unser Telefontermin heute um 14 Uhr", date="2026-04-09 09:15",
        cte="quoted-printable", charset="windows-1252",
        body=f"""Guten Tag Frau Villanueva

Vielen Dank für Ihre Rückmeldung und das nachgeholte Gespräch von letzter Woche.

Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit Kandidatinnen
fortzuführen, die bereits Erfahrung in der Schweizer Hotellerie mitbringen. Wir müssen Ihnen
deshalb leider eine Absage erteilen.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen für Ihre berufliche Zukunft alles
Gute.

Freundliche Grüsse
{SIG_ANDREA}"""),

    # ------------------------------------------------------------------ Limmat Versicherung
    msg("application_received", "de", "limmat_ack", company="Limmat Versicherung",
        frm=("Limmat Versicherung Karriere", "noreply@successfactors.eu"),
        subject="Ihre Bewerbung bei der Limmat Versicherung", date="2026-04-20 07:55",
        tz="UTC", fmt="html", cte="quoted-printable", brand="Limmat Versicherung",
        color="#003049",
        body="""Sehr geehrte Frau Villanueva Ortega

Herzlichen Dank für Ihre Bewerbung als Customer Experience Specialist. Ihre Unterlagen sind
bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann.
Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in unserem Karriereportal.

Freundliche Grüsse
Limmat Versicherung, Human Resources

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf."""),
    msg("other", "de", "limmat_ooo",
        contact="dominik.staub@limmat-versicherung.example.ch",
        frm=("Dominik Staub", "dominik.staub@limmat-versicherung.example.ch"),
        headers=AUTO_REPLY, subject="Abwesenheitsnotiz: Nachfrage Bewerbung CX Specialist",
        date="2026-04-27 08:31", cte="quoted-printable",
        body="""Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 8. Mai abwesend und habe keinen Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an hr@limmat-versicherung.example.ch.

Freundliche Grüsse
Dominik Staub"""),
    msg("rejection", "de", "limmat_no", company="Limmat Versicherung",
        contact="dominik.staub@limmat-versicherung.example.ch",
        frm=("Dominik Staub", "dominik.staub@limmat-versicherung.example.ch"),
        subject="Ihre Bewerbung als Customer Experience Specialist", date="2026-05-15 10:20",
        cte="quoted-printable",
        body=f"""Sehr geehrte Frau Villanueva Ortega

Besten Dank für Ihre Geduld und Ihr Interesse an der Limmat Versicherung.

Wir konnten die Stelle als Customer Experience Specialist intern besetzen und schliessen
das Auswahlverfahren damit ab. Ihre Bewerbung können wir daher leider nicht weiter
berücksichtigen.

Wir wünschen Ihnen viel Erfolg auf Ihrem weiteren Weg.

Freundliche Grüsse

Dominik Staub
Recruiting Partner
Limmat Versicherung · Stauffacherstrasse 60 · 8004 Zürich

{DISCLAIMER_DE}"""),

    # ------------------------------------------------------------------ Alpair (softgarden)
    msg("application_received", "de", "alpair_ack", company="Alpair",
        frm=("Alpair Recruiting", "noreply@softgarden.io"),
        subject="Bewerbungseingang: Teamleiterin Passenger Experience (m/w/d)",
        date="2026-05-18 06:50", tz="UTC", fmt="alt", cte="quoted-printable",
        body="""Hallo Inés Villanueva Ortega,

vielen Dank für Ihre Bewerbung als Teamleiterin Passenger Experience am Flughafen Zürich.
Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie geprüft haben.

Beste Grüsse
Ihr Recruiting-Team von Alpair"""),
    msg("interview_invitation", "de", "alpair_invite", company="Alpair",
        contact="lea.zimmermann@alpair.example.ch",
        frm=("Lea Zimmermann via softgarden", "noreply@softgarden.io"),
        reply_to=("Lea Zimmermann", "lea.zimmermann@alpair.example.ch"),
        subject="Einladung zum Videointerview – Teamleiterin Passenger Experience",
        date="2026-06-01 09:00", tz="UTC", fmt="alt", cte="base64",
        subj_enc=("b", "utf-8"),
        body="""Hallo Frau Villanueva

Ihre Bewerbung hat uns überzeugt! Gerne möchten wir Sie zu einem Videointerview einladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen dem 8. und 12. Juni
aus:
https://alpair.softgarden.io/interview/booking/55120

Das Gespräch dauert rund 45 Minuten und findet mit mir und dem Head of Ground Services
statt.

Beste Grüsse
Lea Zimmermann
Talent Acquisition, Alpair"""),
    msg("rejection", "de", "alpair_no", company="Alpair",
        contact="lea.zimmermann@alpair.example.ch",
        frm=("Lea Zimmermann", "lea.zimmermann@alpair.example.ch"),
        subject="Rückmeldung zu Ihrer Bewerbung bei Alpair", date="2026-06-22 16:10",
        cte="8bit", name_enc=None,
        body="""Hallo Frau Villanueva

Vielen Dank für das angenehme Gespräch vom 10. Juni.

Wir haben uns die Entscheidung nicht leicht gemacht, haben uns aber für eine Kandidatin
entschieden, die bereits Führungserfahrung im Flughafenbetrieb hat. Wir können Ihnen
deshalb leider keine Zusage geben.

Für Ihre weitere Stellensuche wünsche ich Ihnen alles Gute.

Beste Grüsse
Lea Zimmermann
Talent Acquisition, Alpair"""),

    # ------------------------------------------------------------------ Kessler / Bank Rietberg
    msg("interview_invitation", "de", "kessler_invite", company="Bank Rietberg",
        contact=MARKUS[1], frm=MARKUS, name_enc=("b", "utf-8"),
        subject="Vorstellungsgespräch bei der Bank Rietberg", date="2026-07-15 11:20",
        cte="quoted-printable",
        body=f"""Guten Tag Frau Villanueva

Wie telefonisch besprochen, habe ich Ihr Dossier unserer Mandantin, der Bank Rietberg,
vorgestellt. Die Bank möchte Sie gerne kennenlernen.

Termin: Mittwoch, 22. Juli, 15.00 Uhr
Ort: Bank Rietberg, Talstrasse 20, 8001 Zürich (Empfang 2. OG)
Gesprächspartner: Frau Corinne Aebi, Leiterin Kundenerlebnis, und ich

Bitte bestätigen Sie mir den Termin kurz.

Freundliche Grüsse
{SIG_MARKUS}"""),
    msg("interview_reschedule_or_cancel", "de", "kessler_moved", company="Bank Rietberg",
        contact=MARKUS[1], frm=MARKUS, name_enc=("b", "utf-8"), parent="kessler_invite",
        quote="outlook_de", subject="AW: Vorstellungsgespräch bei der Bank Rietberg",
        date="2026-07-20 08:45", cte="quoted-printable",
        body="""Guten Tag Frau Villanueva

Frau Aebi muss den Termin vom Mittwoch leider verschieben, da eine Verwaltungsratssitzung
vorgezogen wurde. Neuer Vorschlag: Freitag, 24. Juli, 10.30 Uhr, gleicher Ort.

Passt Ihnen das?

Freundliche Grüsse
Markus Brändli"""),
    msg("rejection", "de", "kessler_no", company="Bank Rietberg", contact=MARKUS[1],
        frm=MARKUS, name_enc=("b", "utf-8"), parent="kessler_moved", quote="outlook_de",
        subject="AW: Vorstellungsgespräch bei der Bank Rietberg", date="2026-08-11 13:05",
        cte="quoted-printable",
        body=f"""Guten Tag Frau Villanueva

Ich habe heute die Rückmeldung der Bank Rietberg erhalten. Frau Aebi war von Ihrem
Gespräch angetan, die Bank hat sich aber für eine Kandidatin mit Erfahrung im Schweizer
Private Banking entschieden. Das Mandat ist für Sie damit leider abgeschlossen.

Ich bedanke mich für die angenehme Zusammenarbeit und melde mich, wenn ich ein passendes
Mandat habe.

Freundliche Grüsse
{SIG_MARKUS}"""),

    # ------------------------------------------------------------------ Glarnet (Workday)
    msg("application_received", "de", "glarnet_ack", company="Glarnet",
        frm=("Glarnet Careers", "glarnet@myworkday.com"),
        subject="Danke für Ihre Bewerbung bei Glarnet", date="2026-08-17 12:00", tz="UTC",
        fmt="alt",
        body="""Guten Tag Inés

Danke für Ihre Bewerbung auf die Stelle Head of Customer Care Operations (JR-4410).
Wir haben Ihre Bewerbung erhalten und werden sie sorgfältig prüfen.

Sie können den Status Ihrer Bewerbung jederzeit auf unserem Kandidatenportal verfolgen.

Freundliche Grüsse
Talent Acquisition Glarnet"""),
    msg("interview_invitation", "de", "glarnet_invite", company="Glarnet",
        contact=NADINE[1], frm=NADINE,
        subject="Einladung Erstgespräch – Head of Customer Care Operations",
        date="2026-08-26 14:15", fmt="alt", cte="quoted-printable",
        body=f"""Guten Tag Frau Villanueva

Gerne laden wir Sie zu einem ersten Gespräch via Microsoft Teams ein:

Datum: Donnerstag, 3. September 2026
Zeit: 09.30 – 10.30 Uhr
Teilnehmende: Nadine Frei (Talent Acquisition), Reto Gubler (Director Customer Care)

Den Link erhalten Sie mit der separaten Kalendereinladung. Bitte bestätigen Sie uns den
Termin.

Freundliche Grüsse
{SIG_NADINE}"""),
    msg("interview_reschedule_or_cancel", "de", "glarnet_moved", company="Glarnet",
        contact=NADINE[1], frm=NADINE, parent="glarnet_invite", quote="de",
        subject="Terminverschiebung: Erstgespräch Head of Customer Care Operations",
        date="2026-08-31 17:20", cte="quoted-printable", subj_enc=("q", "iso-8859-1"),
        body="""Guten Tag Frau Villanueva

Leider müssen wir unser Gespräch vom Donnerstag verschieben, da Herr Gubler kurzfristig an
einem Netzausfall-Krisenstab teilnehmen muss.

Neuer Termin: Montag, 7. September, 13.00 – 14.00 Uhr, ebenfalls via Teams. Die
Kalendereinladung ist aktualisiert.

Besten Dank für Ihr Verständnis.
Nadine Frei"""),
    msg("rejection", "de", "glarnet_stop", company="Glarnet", contact=NADINE[1], frm=NADINE,
        subject="Head of Customer Care Operations – Stopp des Rekrutierungsprozesses",
        date="2026-09-24 10:40", cte="quoted-printable",
        body=f"""Guten Tag Frau Villanueva

Vielen Dank für das Gespräch am 7. September.

Wir müssen Ihnen leider mitteilen, dass die Stelle Head of Customer Care Operations im Zuge
einer Reorganisation gestrichen wurde. Wir haben den Rekrutierungsprozess daher gestoppt und
werden Ihre Bewerbung nicht weiterverfolgen.

Wir bedauern dies sehr und danken Ihnen für Ihr Interesse an Glarnet.

Freundliche Grüsse
{SIG_NADINE}

{DISCLAIMER_DE}"""),

    # ------------------------------------------------------------------ Seefahrt Zürichsee
    msg("interview_invitation", "de", "seefahrt_invite", company="Seefahrt Zürichsee",
        contact=URS[1], frm=URS, fmt="alt", cte="quoted-printable",
        subject="Einladung: Vorstellungsgespräch Leiterin Kundenerlebnis",
        date="2026-09-07 11:00",
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-SZ-4471",
             "seq": 0, "start": "2026-09-15 14:00", "minutes": 90, "tzid": "Europe/Zurich",
             "summary": "Vorstellungsgespräch Leiterin Kundenerlebnis – I. Villanueva",
             "location": "Seefahrt Zürichsee, Mythenquai 333, Zürich (Sitzungszimmer Bürkliplatz)",
             "description": "Gespräch mit Urs Hofmann und Simone Kägi (HR)."},
        body=f"""Guten Tag Frau Villanueva

Herzlichen Dank für Ihre Bewerbung als Leiterin Kundenerlebnis. Wir laden Sie gerne zu
einem persönlichen Gespräch ein:

Dienstag, 15. September 2026, 14.00 – 15.30 Uhr
Seefahrt Zürichsee, Mythenquai 333, Zürich

Sie erhalten die Einladung auch als Kalendereintrag.

Freundliche Grüsse
{SIG_URS}"""),
    msg("interview_reschedule_or_cancel", "de", "seefahrt_cancel",
        company="Seefahrt Zürichsee", contact=URS[1], frm=URS, fmt="alt",
        cte="quoted-printable", parent="seefahrt_invite",
        subject="Abgesagt: Vorstellungsgespräch Leiterin Kundenerlebnis",
        date="2026-09-10 16:30",
        ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E008-SZ-4471",
             "seq": 1, "start": "2026-09-15 14:00", "minutes": 90, "tzid": "Europe/Zurich",
             "summary": "Abgesagt: Vorstellungsgespräch Leiterin Kundenerlebnis",
             "location": "Seefahrt Zürichsee, Mythenquai 333, Zürich"},
        body="""Guten Tag Frau Villanueva

Leider muss ich unser Gespräch vom 15. September absagen, da ich wegen des Hochwassers am
See den Einsatzstab leiten muss. Wir melden uns in den nächsten Tagen mit einem neuen
Terminvorschlag.

Ich bitte um Entschuldigung.
Urs Hofmann"""),

    # ------------------------------------------------------------------ Calanova Zürich (offers)
    msg("offer", "de", "calanova_zurich_offer", company="Calanova Hotels", contact=SABINE[1],
        frm=SABINE, subject="Ihr Vertragsangebot – Guest Experience Managerin, Calanova Zürich",
        date="2026-06-24 15:00", cte="quoted-printable",
        body=f"""Liebe Frau Villanueva

Meine Kollegen in Palma haben mir erzählt, dass Sie sich einen Wechsel nach Zürich
vorstellen können – und nach unserem Gespräch letzte Woche freue ich mich sehr, Ihnen die
Stelle als Guest Experience Managerin in unserem Haus Calanova Zürich Seefeld anzubieten.

Eckdaten:
- Pensum 100 %, Eintritt per 1. September 2026
- Jahresbruttolohn CHF 98'000, 13 Monatslöhne
- Unterstützung bei Umzug und Wohnungssuche

Den Vertrag senden wir Ihnen zu, sobald Sie uns Ihre Zusage gegeben haben.

Herzliche Grüsse
{SIG_SABINE}"""),
    own("de", "calanova_zurich_accept", to=SABINE, parent="calanova_zurich_offer",
        quote="de", subject="AW: Ihr Vertragsangebot – Guest Experience Managerin, Calanova Zürich",
        date="2026-07-01 20:10", cte="quoted-printable",
        body="""Liebe Frau Wyss

Herzlichen Dank für das Angebot und die freundlichen Worte. Ich nehme die Stelle sehr gerne
an und freue mich auf den Start am 1. September.

Bitte senden Sie mir den Vertrag zu; für Fragen zum Umzug melde ich mich separat.

Herzliche Grüsse
Inés Villanueva Ortega"""),
    msg("offer", "de", "calanova_zurich_contract", company="Calanova Hotels",
        contact=SABINE[1], frm=SABINE, parent="calanova_zurich_accept",
        subject="Arbeitsvertrag zur Unterzeichnung", date="2026-07-08 10:30",
        cte="quoted-printable", fmt="alt",
        attach=[("Arbeitsvertrag_Villanueva_Calanova_Zuerich.pdf",
                 ["Calanova Zuerich Seefeld - Arbeitsvertrag", "",
                  "zwischen Calanova Hotels und Ines Villanueva Ortega",
                  "Funktion: Guest Experience Managerin",
                  "Eintritt: 1. September 2026, Pensum 100%",
                  "Jahresbruttolohn: CHF 98'000 (13 Monatsloehne)",
                  "Bitte unterzeichnet bis 20. Juli 2026 retournieren."])],
        body=f"""Liebe Frau Villanueva

Wir freuen uns sehr über Ihre Zusage! Im Anhang finden Sie Ihren Arbeitsvertrag in
doppelter Ausführung.

Bitte unterzeichnen Sie beide Exemplare und senden Sie uns eines bis zum 20. Juli zurück,
gerne auch vorab als Scan. Die Unterlagen für die Aufenthaltsbewilligung reichen wir
danach gemeinsam ein.

Herzlich willkommen im Team!
{SIG_SABINE}"""),

    # ================================================================== FRENCH
    # ------------------------------------------------------------------ CMT (Taleo)
    msg("application_received", "fr", "cmt_ack", company="Compagnie Méridionale de Traversées",
        frm=("CMT Recrutement", "noreply@taleo.net"),
        subject="Accusé de réception de votre candidature – Réf. 26-0147",
        date="2026-01-26 08:20", tz="UTC", cte="quoted-printable", charset="iso-8859-1",
        body="""Madame,

Nous avons bien reçu votre candidature au poste de Responsable Expérience Passagers
(réf. 26-0147) et vous remercions de l'intérêt que vous portez à la Compagnie Méridionale
de Traversées.

Votre dossier sera étudié avec attention par nos équipes. Vous pouvez suivre l'avancement
de votre candidature depuis votre espace candidat.

Cordialement,
Le service Recrutement
Compagnie Méridionale de Traversées

Merci de ne pas répondre à ce message automatique."""),
    msg("rejection", "fr", "cmt_no", company="Compagnie Méridionale de Traversées",
        frm=("CMT Recrutement", "noreply@taleo.net"),
        subject="Votre candidature – Responsable Expérience Passagers",
        date="2026-02-23 09:05", tz="UTC", cte="quoted-printable", charset="iso-8859-1",
        subj_enc=("q", "windows-1252"),
        body="""Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Responsable
Expérience Passagers.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas donner une suite favorable à votre candidature. Nous conservons néanmoins vos
coordonnées afin de pouvoir vous contacter si un poste correspondant à votre profil se
libérait.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service Recrutement
Compagnie Méridionale de Traversées"""),

    # ------------------------------------------------------------------ Banque Phocéenne
    own("fr", "phoceenne_application", to=HELENE,
        subject="Candidature spontanée – Expérience client / CRM", date="2026-03-30 19:00",
        cte="quoted-printable", to_enc=("q", "iso-8859-1"),
        attach=[("CV_Ines_Villanueva_FR.pdf",
                 ["Ines Villanueva Ortega - Experience client & CRM",
                  "Palma de Majorque - ines.villanueva@example.es",
                  "2016-2026 : Directrice d'agence de voyages (9 personnes)",
                  "Deploiement CRM, gestion des reclamations, NPS 31 -> 58",
                  "Langues : espagnol, catalan, anglais C1, allemand B2, francais B2"])],
        body="""Madame Bérard,

Je me permets de vous adresser ma candidature spontanée pour un poste dans l'équipe
Expérience client de la Banque Phocéenne.

Directrice d'une agence de voyages à Palma depuis dix ans, j'ai piloté le déploiement de
notre CRM et la refonte du traitement des réclamations. Je souhaite aujourd'hui mettre cette
expérience au service d'une grande entreprise à Marseille, ville que je connais bien.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un échange.

Bien cordialement,
Inés Villanueva Ortega"""),
    msg("interview_invitation", "fr", "phoceenne_invite", company="Banque Phocéenne",
        contact=HELENE[1], frm=HELENE, name_enc=("q", "iso-8859-1"),
        parent="phoceenne_application", quote="fr",
        subject="RE: Candidature spontanée – Expérience client / CRM",
        date="2026-04-10 11:30", cte="quoted-printable", charset="iso-8859-1",
        body=f"""Madame,

Merci pour votre candidature, qui a retenu toute notre attention. Un poste de Chargée
d'expérience client vient justement de s'ouvrir au sein de notre direction de la Relation
client.

Je vous propose un entretien en visioconférence le jeudi 16 avril à 14h00, avec
M. Olivier Santoni, directeur de la Relation client, et moi-même. Merci de me confirmer
votre disponibilité.

Bien cordialement,
{SIG_HELENE}"""),
    msg("interview_reschedule_or_cancel", "fr", "phoceenne_moved", company="Banque Phocéenne",
        contact=HELENE[1], frm=HELENE, name_enc=("q", "iso-8859-1"),
        parent="phoceenne_invite", quote="fr",
        subject="RE: Candidature spontanée – Expérience client / CRM",
        date="2026-04-14 09:10", cte="quoted-printable", charset="iso-8859-1",
        body="""Madame,

M. Santoni a un empêchement jeudi après-midi. Pourrions-nous décaler l'entretien au
vendredi 17 avril à 10h30, toujours en visioconférence ? Le lien vous sera envoyé la veille.

Je vous remercie de votre compréhension.

Hélène Bérard"""),
    msg("rejection", "fr", "phoceenne_no", company="Banque Phocéenne", contact=HELENE[1],
        frm=HELENE, name_enc=("q", "iso-8859-1"), parent="phoceenne_moved",
        quote="outlook_fr", subject="Suite de votre entretien – Banque Phocéenne",
        date="2026-05-06 15:45", cte="quoted-printable", charset="windows-1252",
        body=f"""Madame,

Nous vous remercions pour l'entretien du 17 avril et pour l'intérêt que vous portez à la
Banque Phocéenne.

Après réflexion, nous avons choisi de poursuivre avec un profil issu du secteur bancaire.
Nous ne donnerons donc pas suite à votre candidature pour ce poste, et nous le regrettons
sincèrement au vu de la qualité de nos échanges.

Nous vous souhaitons pleine réussite dans vos projets.

{SIG_HELENE}
{DISCLAIMER_FR}"""),

    # ------------------------------------------------------------------ Hôtels du Vieux-Port
    msg("application_received", "fr", "vieuxport_ack", company="Hôtels du Vieux-Port",
        frm=("Hôtels du Vieux-Port", "noreply@smartrecruiters.com"),
        subject="Merci pour votre candidature !", date="2026-05-25 07:30", tz="UTC",
        fmt="alt", cte="quoted-printable", brand="Hôtels du Vieux-Port", color="#9d0208",
        body="""Bonjour Inés,

Merci d'avoir postulé au poste de Guest Experience Manager – Marseille. Votre candidature a
bien été enregistrée.

Notre équipe RH l'étudiera dans les meilleurs délais. Si votre profil correspond à nos
attentes, nous reviendrons vers vous.

À bientôt,
L'équipe Talents – Hôtels du Vieux-Port"""),
    msg("missed_interview_notice", "fr", "vieuxport_missed", company="Hôtels du Vieux-Port",
        contact="julie.navarro@hotelsvieuxport.example.fr",
        frm=("Julie Navarro", "julie.navarro@hotelsvieuxport.example.fr"),
        subject="Entretien téléphonique de ce matin", date="2026-06-09 10:50",
        cte="8bit", charset="windows-1252",
        body="""Bonjour Madame Villanueva,

Nous avions rendez-vous ce matin à 10h00 pour un entretien téléphonique. Je vous ai appelée
à deux reprises, sans succès, et je vous ai laissé un message vocal.

Si vous êtes toujours intéressée par le poste, n'hésitez pas à me proposer un nouveau
créneau cette semaine.

Cordialement,
Julie Navarro
Chargée RH – Hôtels du Vieux-Port
1 quai du Port, 13002 Marseille"""),
    msg("rejection", "fr", "vieuxport_no", company="Hôtels du Vieux-Port",
        frm=("Hôtels du Vieux-Port", "noreply@smartrecruiters.com"),
        subject="Votre candidature chez Hôtels du Vieux-Port", date="2026-06-30 13:20",
        tz="UTC", fmt="html", cte="quoted-printable", brand="Hôtels du Vieux-Port",
        color="#9d0208",
        body="""Bonjour Inés,

Nous vous remercions pour l'intérêt porté au poste de Guest Experience Manager.

Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre
candidature : nous avons retenu un profil plus proche de nos besoins actuels.

Nous vous souhaitons bonne chance dans vos recherches.

L'équipe Talents – Hôtels du Vieux-Port"""),

    # ------------------------------------------------------------------ Mutuelle Massilia
    msg("application_received", "fr", "massilia_ack", company="Mutuelle Massilia",
        frm=("Mutuelle Massilia", "no-reply@teamtailor-mail.com"),
        subject="Nous avons bien reçu votre candidature", date="2026-07-27 12:40", tz="UTC",
        fmt="alt", cte="quoted-printable", subj_enc=("b", "utf-8"),
        body="""Bonjour Inés,

Merci pour votre candidature au poste de Responsable Parcours Adhérents. Elle est bien
arrivée et sera étudiée par notre équipe recrutement.

Nous recevons beaucoup de candidatures et ne pouvons pas répondre personnellement à
chacune d'elles dans l'immédiat, mais nous vous tiendrons informée de la suite.

Belle journée,
L'équipe recrutement de Mutuelle Massilia"""),
    msg("interview_invitation", "fr", "massilia_invite", company="Mutuelle Massilia",
        contact=CLAIRE[1], frm=CLAIRE,
        subject="Invitation – journée d'évaluation Responsable Parcours Adhérents",
        date="2026-08-05 10:00", cte="quoted-printable",
        body=f"""Bonjour Madame Villanueva,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à notre journée
d'évaluation (assessment center) pour le poste de Responsable Parcours Adhérents.

Date : mardi 18 août 2026, de 9h00 à 13h00
Lieu : 40 boulevard de Paris, 13002 Marseille, 4e étage
Programme : mise en situation, étude de cas et entretien avec la direction

Merci de confirmer votre présence par retour de mail.

{SIG_CLAIRE}"""),
    own("fr", "massilia_request", to=CLAIRE, parent="massilia_invite", quote="fr",
        subject="Re: Invitation – journée d'évaluation Responsable Parcours Adhérents",
        date="2026-08-07 08:55", cte="quoted-printable",
        body="""Bonjour Madame Ruffin,

Merci beaucoup pour cette invitation. Malheureusement, le 18 août je serai à Zurich pour
des démarches administratives prévues de longue date et je ne pourrai pas me libérer.
Serait-il possible de participer à une autre session ?

Avec mes excuses pour ce contretemps,
Inés Villanueva Ortega"""),
    msg("interview_reschedule_or_cancel", "fr", "massilia_moved", company="Mutuelle Massilia",
        contact=CLAIRE[1], frm=CLAIRE, parent="massilia_request", quote="fr",
        subject="Re: Invitation – journée d'évaluation Responsable Parcours Adhérents",
        date="2026-08-10 14:30", cte="quoted-printable",
        body="""Bonjour Madame Villanueva,

Pas de souci. Nous avons finalement dû décaler toute la journée d'évaluation : elle aura
lieu le mardi 25 août, de 9h00 à 13h00, à la même adresse.

Je compte sur votre présence.

Claire Ruffin"""),
    msg("missed_interview_notice", "fr", "massilia_missed", company="Mutuelle Massilia",
        contact=CLAIRE[1], frm=CLAIRE,
        subject="Journée d'évaluation du 25 août", date="2026-08-25 11:15",
        cte="quoted-printable",
        body="""Bonjour Madame Villanueva,

Nous vous attendions ce matin à 9h00 pour la journée d'évaluation. Ne vous voyant pas
arriver, nous avons tenté de vous joindre sur votre portable à 9h20, sans réponse.

La session s'est déroulée sans vous. Si un événement indépendant de votre volonté vous a
empêchée de venir, merci de nous en informer.

Cordialement,
Claire Ruffin
Responsable recrutement – Mutuelle Massilia"""),

    # ------------------------------------------------------------------ Arvel Conseil
    msg("interview_invitation", "fr", "arvel_invite", company="Arvel Conseil",
        contact=THOMAS[1], frm=THOMAS,
        subject="Entretien – Directeur·rice Expérience Client (client confidentiel)",
        date="2026-09-08 09:40", fmt="alt", cte="quoted-printable",
        body=f"""Bonjour Inés,

Je vous remercie pour notre échange téléphonique. Comme convenu, je souhaite vous rencontrer
dans nos bureaux pour un entretien approfondi concernant le poste de Directeur·rice
Expérience Client que nous menons pour un acteur majeur du tourisme en Provence (le nom
du client vous sera communiqué à l'issue de ce premier entretien).

Je vous propose le lundi 14 septembre à 11h00, au 5 rue Grignan.

Bien à vous,
{SIG_THOMAS}"""),
    msg("rejection", "fr", "arvel_no", company="Arvel Conseil", contact=THOMAS[1],
        frm=THOMAS, parent="arvel_invite",
        subject="Suite à notre entretien", date="2026-09-29 17:05", cte="quoted-printable",
        body=f"""Bonjour Inés,

Je reviens vers vous après notre entretien du 14 septembre.

Après avoir présenté une première liste de profils à notre client, celui-ci a souhaité
privilégier des candidats ayant déjà dirigé une équipe de plus de trente personnes. Je ne
suis donc pas en mesure de vous présenter pour cette mission, et je le regrette.

Je garde évidemment votre dossier en tête pour nos prochaines missions.

Bien à vous,
{SIG_THOMAS}"""),

    # ------------------------------------------------------------------ Calanques Voyages
    msg("interview_invitation", "fr", "calanques_invite", company="Calanques Voyages",
        contact=ELODIE[1], frm=ELODIE, name_enc=("b", "iso-8859-1"),
        subject="Proposition d'entretien – Responsable Relation Client",
        date="2026-10-01 10:20", cte="8bit",
        body=f"""Bonjour Madame Villanueva,

Votre parcours en agence nous a beaucoup intéressés. Je vous propose un entretien dans nos
locaux du cours Julien le mercredi 7 octobre à 15h00, pour le poste de Responsable Relation
Client.

L'entretien durera environ une heure, avec notre directeur général et moi-même.

Dans l'attente de votre confirmation,
{SIG_ELODIE}"""),
    msg("rejection", "fr", "calanques_no", company="Calanques Voyages", contact=ELODIE[1],
        frm=ELODIE, name_enc=("b", "iso-8859-1"), parent="calanques_invite", quote="fr",
        subject="Re: Proposition d'entretien – Responsable Relation Client",
        date="2026-10-20 12:00", cte="8bit",
        body=f"""Bonjour Madame Villanueva,

Merci encore pour votre venue le 7 octobre et pour la qualité de nos échanges.

Nous avons finalement retenu une candidate déjà installée à Marseille et disponible
immédiatement. Nous ne pourrons donc pas poursuivre avec vous, ce que nous regrettons.

Je vous souhaite une excellente installation à Zurich et beaucoup de succès.

{SIG_ELODIE}"""),

    # ------------------------------------------------------------------ Ondanet Marseille (offer)
    msg("offer", "fr", "ondanet_marseille_offer", company="Ondanet",
        contact="mathieu.roux@ondanet.example.fr",
        frm=("Mathieu Roux", "mathieu.roux@ondanet.example.fr"),
        subject="Proposition d'embauche – Responsable Expérience Client, hub de Marseille",
        date="2026-06-17 18:00", cte="quoted-printable",
        attach=[("Proposition_embauche_Ondanet_Marseille.pdf",
                 ["Ondanet France - Direction des Ressources Humaines",
                  "Marseille, le 17 juin 2026", "",
                  "Madame Ines Villanueva Ortega,",
                  "Nous avons le plaisir de vous proposer le poste de",
                  "Responsable Experience Client (CDI, statut cadre).",
                  "Remuneration annuelle brute : 52 000 EUR + variable 12%",
                  "Reponse souhaitee avant le 1er juillet 2026."])],
        body="""Madame,

Suite à vos échanges avec nos équipes de Madrid et de Lisbonne, nous avons le plaisir de
vous adresser une proposition d'embauche pour le poste de Responsable Expérience Client au
sein de notre hub de Marseille.

Vous trouverez en pièce jointe le détail de la rémunération, du statut (cadre, CDI) et de
la date d'entrée envisagée. Nous vous remercions de nous faire part de votre réponse avant
le 1er juillet.

Bien cordialement,

Mathieu Roux
Responsable Ressources Humaines
Ondanet France – 25 rue de la République, 13002 Marseille"""),
]
