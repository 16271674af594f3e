"""Corpus 318: `interview_invitation` (26) and `interview_reschedule_or_cancel` (15) messages."""

from __future__ import annotations

from msgs318_common import M, html_shell

INV = "interview_invitation"
R = "interview_reschedule_or_cancel"

FEMKE = ("Femke Roosendaal", "f.roosendaal@domstadtransit.example.nl")
LENA = ("Lena Hoffmeister", "lena.hoffmeister@rheinmaasrail.example.de")
CAMILLE = ("Camille Vandamme", "camille.vandamme@parcelia.example.fr")
ANE = ("Ane Goikoetxea", "ane.goikoetxea@transportesnervion.example.es")
OLIVER = ("Oliver Brandsma", "oliver@transtalent.example.com")

INVITES = [
    # --- Domstad Transit Authority ---------------------------------------------------------
    M("domstad_invite", INV, "en", FEMKE,
      "Interview invitation - Junior Transport Planner", "2026-01-26 14:20 +0100",
      """Dear Bart,

Thank you for applying for the Junior Transport Planner vacancy (R-2026-0147). We were
pleased to read your application and would like to invite you to a first interview.

Date: Wednesday 4 February 2026
Time: 10:00 - 11:00
Place: Domstad Transit Authority, Moreelsepark 40, Utrecht (ask for me at the 5th floor desk)
Panel: Rutger Veldman (Head of Network Planning) and myself

During the interview we will discuss your motivation and we will ask you to talk us through a
simple timetable exercise, no preparation needed. A calendar invitation is attached. Please let
me know whether the time suits you.

Kind regards,

Femke Roosendaal
Talent Acquisition Partner | Domstad Transit Authority
+31 30 555 0142""",
      company="Domstad Transit Authority", contact="f.roosendaal@domstadtransit.example.nl",
      auto_html=True, cte="quoted-printable",
      ics={"uid": "dta-int-20260204-achterberg@domstadtransit.example.nl", "seq": 0,
           "start": "20260204T100000", "end": "20260204T110000",
           "summary": "Interview Junior Transport Planner - Bart Achterberg",
           "location": "Moreelsepark 40\\, Utrecht - 5th floor", "tz": "Europe/Amsterdam"}),

    # --- Spokely: Ashby scheduling link -----------------------------------------------------
    M("spokely_invite", INV, "en",
      ("Jonas Brink from Spokely", "no-reply@ashbyhq.com"),
      "Let's talk! Schedule your call with Spokely", "2026-02-16 11:05 +0000",
      """Hi Bart,

Thanks for applying to the Fleet Dispatcher (Rebalancing) role at Spokely! We'd love to get to
know you a bit better.

The next step is a 30-minute video call with me (Jonas, Operations Lead). We'll talk about how
you'd plan van routes to rebalance 2,400 bikes across Amsterdam before the morning peak.

Please pick a time that works for you:
https://app.ashbyhq.com/scheduling/spokely/4f1c2a9e-b6d0-4e17-9a58-2d1e0c7a3b55

Talk soon,
Jonas""",
      company="Spokely", contact="jonas.brink@spokely.example.com",
      reply_to=("Jonas Brink", "jonas.brink@spokely.example.com"),
      html=html_shell(
          "<p>Hi Bart,</p>\n<p>Thanks for applying to the Fleet Dispatcher (Rebalancing) role at "
          "Spokely! We'd love to get to know you a bit better.</p>\n<p>The next step is a "
          "30-minute video call with me (Jonas, Operations Lead). We'll talk about how you'd plan "
          "van routes to rebalance 2,400 bikes across Amsterdam before the morning peak.</p>\n"
          '<p><a href="https://app.ashbyhq.com/scheduling/spokely/4f1c2a9e-b6d0-4e17-9a58-'
          '2d1e0c7a3b55" style="background:#19a974;color:#fff;padding:10px 16px;'
          'text-decoration:none;border-radius:4px">Pick a time</a></p>\n<p>Talk soon,<br>Jonas'
          "</p>", footer="Sent with Ashby on behalf of Spokely."),
      html_cte="base64"),

    # --- Kelmscott City Council: assessment centre with info pack --------------------------
    M("kelmscott_invite", INV, "en",
      ("Priya Chandran", "priya.chandran@kelmscottcouncil.example.uk"),
      "Invitation to Assessment Centre - Transport Operations Planner (KCC/TR/2211)",
      "2026-03-18 12:40 +0000",
      """Dear Bart,

Thank you for your application for the post of Transport Operations Planner.

I am pleased to inform you that you have been shortlisted and I would like to invite you to
attend our assessment centre on Thursday 2 April 2026 at the Council House, Victoria Square,
Kelmscott, starting at 09:30. The day will finish at approximately 15:00.

The assessment centre will consist of:
- a written scheduling exercise (60 minutes)
- a group exercise on a service disruption scenario
- a competency-based interview with the panel

Please read the attached candidate information pack, which includes directions and parking
details. Bring photo ID and your original driving licence.

Please confirm your attendance by replying to this email by 25 March. If you require any
reasonable adjustments, let me know.

Kind regards,

Priya Chandran
Recruitment Officer
Kelmscott City Council | People Services
Tel: 0121 555 0377""",
      company="Kelmscott City Council", contact="priya.chandran@kelmscottcouncil.example.uk",
      pdfs=[("KCC-TR-2211-candidate-pack.pdf", [
          "Kelmscott City Council - Assessment Centre Candidate Pack",
          "Post: Transport Operations Planner (KCC/TR/2211)",
          "Date: Thursday 2 April 2026, 09:30 - 15:00",
          "Venue: Council House, Victoria Square, Kelmscott",
          "Please bring photo ID and your driving licence.",
      ])], cte="7bit"),

    # --- RheinMaas Rail second round (English) ---------------------------------------------
    M("rheinmaas_second_round", INV, "en",
      ("Pieter Claessens", "pieter.claessens@rheinmaasrail.example.de"),
      "Second interview - Crew Dispatcher Cologne", "2026-07-07 09:14 +0200",
      """Hello Bart,

Lena passed on the notes from your first interview and I would like to meet you for a second
conversation. As a Fleming in Cologne I'm happy to do this one in English (or Dutch, if you
prefer!).

Proposed: Tuesday 14 July, 13:00-15:00, at our crew depot, Deutz-Mülheimer Straße 30, Cologne.
The first hour is a conversation with me and our roster team lead; in the second hour you'll
sit with a dispatcher on the live crew desk to see how we handle late trains and sick calls.

Could you confirm by Thursday? If the date doesn't work, suggest two alternatives.

Best regards,
Pieter Claessens
Teamleiter Personaldisposition | RheinMaas Rail
Mobile +49 170 555 2231""",
      company="RheinMaas Rail", contact="pieter.claessens@rheinmaasrail.example.de",
      cc=[LENA], cte="8bit"),

    # --- Flexwerk: interview with named client Scheldt Freight Dispatch --------------------
    M("flexwerk_scheldt_invite", INV, "en",
      ("Sanne de Wit | Flexwerk", "sanne.dewit@flexwerk.example.nl"),
      "Interview Scheldt Freight Dispatch - Thursday 26 March", "2026-03-20 10:31 +0100",
      """Hi Bart,

Good news: Scheldt Freight Dispatch in Antwerp would like to meet you for the Truck Dispatcher
role we discussed!

When: Thursday 26 March, 11:00
Where: Scheldt Freight Dispatch, Kaai 730, Antwerpen (reception at the blue building)
With: Wim Goossens, operations manager

The conversation will be in English. Wim will ask about how you deal with delays and driver
hours. Bring your ID and driving licence. Free parking in front of the building.

Let me know if this works and I'll confirm with them.

Groetjes,
Sanne

Sanne de Wit
Consultant Transport & Logistics | Flexwerk Uitzendbureau
+31 30 555 8810""",
      company="Scheldt Freight Dispatch", contact="sanne.dewit@flexwerk.example.nl"),

    # --- Fleetline Recruitment: Brightway School Coaches first interview -------------------
    M("fleetline_brightway_invite", INV, "en",
      ("Tom Aldridge", "tom.aldridge@fleetline.example.co.uk"),
      "Interview confirmed - Brightway School Coaches, Route & Roster Coordinator",
      "2026-05-27 15:55 +0100",
      """Hi Bart,

Great speaking to you earlier. As discussed, Brightway School Coaches would like to interview you
for the Route & Roster Coordinator position.

Date: Wednesday 3 June 2026
Time: 14:00 (UK time) - allow 45 minutes
Format: Microsoft Teams video call
Interviewers: Dave Kinsella (Operations Director) and Alison Frame (Transport Manager)

I'll forward the Teams link as soon as their PA sends it. Have a think about how you would plan
home-to-school routes for SEND pupils - it came up in every interview so far.

Best of luck,
Tom

Tom Aldridge
Senior Consultant - Passenger Transport
Fleetline Recruitment | T: +44 121 555 0198""",
      company="Brightway School Coaches", contact="tom.aldridge@fleetline.example.co.uk",
      cte="quoted-printable"),

    # --- Brightway School Coaches: second interview via BambooHR ---------------------------
    M("brightway_second", INV, "en",
      ("Brightway School Coaches", "notifications@bamboohr.com"),
      "Brightway School Coaches: Second interview for Route & Roster Coordinator",
      "2026-06-08 08:20 +0100",
      None,
      html=html_shell(
          "<p>Hi Bart,</p>\n<p>Thank you for your time last week. We'd like to invite you to a "
          "<b>second interview</b> at our depot on <b>Friday 12 June 2026 at 10:00</b>.</p>\n"
          "<p>Address: Brightway School Coaches, Unit 7 Hay Hall Road, Tyseley, Birmingham "
          "B11 2AU.</p>\n<p>This stage includes a short practical exercise: building next term's "
          "roster for six routes from a list of drivers and vehicles. It should take about "
          "90 minutes in total.</p>\n<p>Please reply to confirm. If you have any questions, "
          "reply to this email and it will reach Dave directly.</p>\n<p>Thanks,<br>Dave "
          "Kinsella<br>Operations Director, Brightway School Coaches</p>",
          footer="Sent from BambooHR on behalf of Brightway School Coaches."),
      company="Brightway School Coaches", contact="dave.kinsella@brightwaycoaches.example.co.uk",
      reply_to=("Dave Kinsella", "dave.kinsella@brightwaycoaches.example.co.uk")),

    # --- Parcelia UK: trial day -------------------------------------------------------------
    M("parcelia_uk_trial", INV, "en",
      ("Gareth Pilling", "gareth.pilling@parcelia.example.co.uk"),
      "Trial shift at our Birmingham hub", "2026-05-04 17:03 +0100",
      """Hi Bart,

Thanks for chatting on the phone on Friday. As the next step we'd like you to spend a paid
trial shift with our planning team at the Birmingham hub:

Monday 18 May 2026, 06:00 - 12:00
Parcelia Birmingham Hub, Gate 3, Aston Hall Park, Birmingham B6 7FD

You'll shadow our early-shift planner while the vans are loaded and dispatched, then we'll have
a 30-minute chat with me and our hub manager around 11:30. Wear safety shoes; a hi-vis vest will
be provided.

Can you let me know by Wednesday whether this works?

Cheers,
Gareth

Gareth Pilling
Hub Operations Manager, Parcelia Birmingham
07700 555 412""",
      company="Parcelia", contact="gareth.pilling@parcelia.example.co.uk", auto_html=True,
      brand="Parcelia", cte="base64", html_cte="base64"),

    # --- Veloop: Greenhouse invite ----------------------------------------------------------
    M("veloop_invite", INV, "en",
      ("Marit Kühne via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Interview with Veloop - Fleet Operations Dispatcher", "2026-04-07 09:41 +0000",
      """Hi Bart,

Thanks for your interest in Veloop! We'd like to invite you to a 45-minute video interview
for the Fleet Operations Dispatcher role in Cologne.

Thursday 16 April 2026, 10:00-10:45 (CEST)
Zoom: https://veloop.zoom.example.de/j/83310442871

You'll meet me and Benedikt Roth, who runs our night rebalancing crew. We'll talk about your
planning experience and walk through a small case together.

Please reply to confirm.

Best,
Marit Kühne
People & Talent, Veloop""",
      company="Veloop", contact="marit.kuehne@veloop.example.de",
      reply_to=("Marit Kühne", "marit.kuehne@veloop.example.de"), name_enc=("utf-8", "B")),

    # --- Westmid Coaches: phone call --------------------------------------------------------
    M("westmid_invite", INV, "en",
      ("Karen Oduya", "karen.oduya@westmidcoaches.example.co.uk"),
      "Duty Planner vacancy", "2026-06-15 13:10 +0100",
      """Hi Bart,

Thanks for your application for the Duty Planner role at Westmid Coaches.

I'd like to have an initial telephone conversation with you, about 20-30 minutes. Would Monday
22 June at 10:00 (UK time) suit you? I would call you on +31 6 5555 0183, the number on your CV.

Best wishes,
Karen

Karen Oduya | HR Business Partner
Westmid Coaches
0121 555 0170""",
      company="Westmid Coaches", contact="karen.oduya@westmidcoaches.example.co.uk",
      cte="7bit"),

    # --- TransTalent Search: Amstel Ferry Lines ---------------------------------------------
    M("transtalent_amstel_invite", INV, "en", OLIVER,
      "Video interview with Amstel Ferry Lines", "2026-08-17 11:20 +0200",
      """Bart,

As discussed on the phone: Amstel Ferry Lines would like to meet you for the Crew & Vessel
Roster Coordinator role. Details:

- Monday 24 August, 16:00 (Amsterdam time), Google Meet, 45 minutes
- With Hanneke Stavast (Operations Director) and Erik Zijlstra (Fleet Planning)
- Link: https://meet.example.com/afl-rost-xqv

They will probably give you a short case on winter timetables and crew rest rules. I'll call
you on Friday to prepare.

Regards,
Oliver Brandsma
Partner | TransTalent Search
+31 20 555 0321""",
      company="Amstel Ferry Lines", contact="oliver@transtalent.example.com",
      auto_html=True),

    # --- Brumlink Trams: phone screen -------------------------------------------------------
    M("brumlink_invite", INV, "en",
      ("Harvey Mensah", "harvey.mensah@brumlink.example.co.uk"),
      "Phone screen - Network Control Assistant", "2026-07-27 09:30 +0100",
      """Hello Bart,

Thank you for applying for the Network Control Assistant role at Brumlink Trams.

I would like to arrange a short telephone screening call (around 20 minutes) to talk through
your application. I have sent a calendar invitation for Tuesday 4 August at 11:00 UK time.
If that is not convenient, please let me know a couple of alternatives.

Kind regards

Harvey Mensah
Resourcing Advisor
Brumlink Trams
T 0121 555 0604""",
      company="Brumlink Trams", contact="harvey.mensah@brumlink.example.co.uk",
      auto_html=True, cte="quoted-printable",
      ics={"uid": "040000008200E00074C5B7101A82E0080000000058a1c2d3e4f5@brumlink.example.co.uk",
           "seq": 0, "start": "20260804T110000", "end": "20260804T112000",
           "summary": "Phone screen: Bart Achterberg - Network Control Assistant",
           "location": "Telephone", "tz": "Europe/London"}),

    # --- Lekstroom Bus: calendar invite attached --------------------------------------------
    M("lekstroom_invite", INV, "en",
      ("Maarten Kolkman", "m.kolkman@lekstroombus.example.nl"),
      "Invitation: interview Roster Coordinator, Thu 17 Sep 09:00", "2026-09-08 16:45 +0200",
      """Dear Bart,

Thank you for your application for Roster Coordinator. We would like to meet you at our
depot in Nieuwegein on Thursday 17 September at 09:00 for an interview of about one hour.

Address: Lekstroom Bus, Laagraven 12, Nieuwegein. The entrance is next to the bus wash.
You will meet me and our senior roster planner, Gerda Hoogland.

I've attached an invitation for your calendar.

Kind regards,
Maarten Kolkman
Manager Planning & Roostering, Lekstroom Bus""",
      company="Lekstroom Bus", contact="m.kolkman@lekstroombus.example.nl",
      ics={"uid": "lekstroom-rc-0917-achterberg@lekstroombus.example.nl", "seq": 0,
           "start": "20260917T090000", "end": "20260917T100000",
           "summary": "Interview Roster Coordinator - Bart Achterberg",
           "location": "Laagraven 12\\, Nieuwegein", "tz": "Europe/Amsterdam",
           "attach": True}),

    # --- German -----------------------------------------------------------------------------
    M("rheinmaas_invite", INV, "de", LENA,
      "Einladung zum Vorstellungsgespräch - Disponent Zugpersonal (m/w/d)",
      "2026-06-16 15:22 +0200",
      """Sehr geehrter Herr Achterberg,

vielen Dank für Ihre Bewerbung als Disponent Zugpersonal (m/w/d) in Köln. Ihr Werdegang
hat uns neugierig gemacht, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 23. Juni 2026, 10:00 Uhr
Ort: RheinMaas Rail, Verwaltung, Ottoplatz 7, 50679 Köln (Empfang 3. OG)
Gesprächspartner: Pieter Claessens (Teamleiter Personaldisposition) und ich

Eine Kalendereinladung finden Sie im Anhang. Reisekosten erstatten wir Ihnen in Höhe eines
Bahntickets 2. Klasse ab Utrecht. Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Lena Hoffmeister
Recruiterin | HR Services
RheinMaas Rail
Ottoplatz 7, 50679 Köln
Telefon +49 221 555 3307""",
      company="RheinMaas Rail", contact="lena.hoffmeister@rheinmaasrail.example.de",
      auto_html=True, cte="quoted-printable", html_cte="quoted-printable",
      subj_enc=("iso-8859-1", "Q"),
      ics={"uid": "rmr-vg-20260623-achterberg@rheinmaasrail.example.de", "seq": 0,
           "start": "20260623T100000", "end": "20260623T110000",
           "summary": "Vorstellungsgespräch Disponent Zugpersonal - B. Achterberg",
           "location": "Ottoplatz 7\\, 50679 Köln", "tz": "Europe/Berlin", "cte": "8bit"}),
    M("rheinufer_invite", INV, "de",
      ("Rheinufer Verkehr", "noreply@softgarden.io"),
      "Einladung: Gespräch Disponent Fahrdienst (m/w/d)", "2026-04-27 13:05 +0000",
      """Guten Tag Herr Achterberg,

wir freuen uns über Ihre Bewerbung und möchten Sie gerne zu einem persönlichen Gespräch
einladen.

Termin: Dienstag, 5. Mai 2026, 10:00 Uhr
Ort: Betriebshof Rheinufer Verkehr, Am Molenkopf 3, 50968 Köln
Ansprechpartner: Jörg Wittkamp, Abteilungsleiter Fahrdienst

Bitte bestätigen Sie den Termin über den Link in Ihrem Bewerberkonto oder antworten Sie direkt
auf diese E-Mail.

Freundliche Grüße
Jörg Wittkamp
Rheinufer Verkehr""",
      company="Rheinufer Verkehr", contact="joerg.wittkamp@rheinufer-verkehr.example.de",
      reply_to=("Jörg Wittkamp", "joerg.wittkamp@rheinufer-verkehr.example.de"),
      charset="iso-8859-1", cte="8bit"),
    M("kessler_probetag", INV, "de",
      ("Monika Kessler", "monika.kessler@schulbus-kessler.example.de"),
      "Probetag in der Disposition", "2026-05-11 11:48 +0200",
      """Hallo Herr Achterberg,

wie am Telefon besprochen, möchten wir Sie zu einem Probetag in unserer Disposition
einladen. Sie würden von 6:30 bis etwa 13:00 Uhr mit unserem Disponenten Ralf mitlaufen,
die Frühtouren zu den Schulen begleiten (am Bildschirm, nicht im Bus!) und mittags mit mir
sprechen.

Vorschlag: Mittwoch, 20. Mai 2026, 6:30 Uhr, Industriestraße 9, Hürth.

Der Probetag wird selbstverständlich vergütet. Geben Sie mir bitte kurz Bescheid, ob das passt.

Viele Grüße
Monika Kessler
Schulbus Kessler · Tel. 02233 555 78""",
      company="Schulbus Kessler", contact="monika.kessler@schulbus-kessler.example.de",
      charset="windows-1252", cte="quoted-printable"),
    M("lpp_bergmann_invite", INV, "de",
      ("Sabine Overath", "s.overath@logistik-personal.example.de"),
      "Vorstellungsgespräch bei der Hafenspedition Bergmann", "2026-07-16 10:02 +0200",
      """Hallo Herr Achterberg,

ich freue mich, Ihnen mitzuteilen, dass die Hafenspedition Bergmann Sie gerne kennenlernen
möchte. Es handelt sich um die Stelle als Disponent Nahverkehr (Container) in Neuss, über die wir
gesprochen haben.

Das Gespräch findet telefonisch statt: Donnerstag, 23. Juli, 9:30 Uhr. Herr Bergmann junior ruft
Sie auf Ihrer Mobilnummer an. Planen Sie etwa 30 Minuten ein.

Beste Grüße
Sabine Overath
Personalberaterin Logistik | Logistik Personal Partner
Tel. 0211 555 4410""",
      company="Hafenspedition Bergmann", contact="s.overath@logistik-personal.example.de",
      cte="base64"),
    M("duesseltakt_invite", INV, "de",
      ("DüsselTakt Mobilität", "no-reply@personio.de"),
      "Einladung zum Kennenlernen – Schichtkoordinator Leitstelle", "2026-06-29 12:00 +0000",
      None,
      html=html_shell(
          "<p>Hallo Bart,</p>\n<p>vielen Dank für deine Bewerbung als <b>Schichtkoordinator "
          "Leitstelle</b>. Wir würden dich gern kennenlernen!</p>\n<p><b>Wann:</b> Donnerstag, "
          "9. Juli 2026, 15:00–16:00 Uhr<br><b>Wo:</b> DüsselTakt Mobilität, Erkrather Straße "
          "230, 40233 Düsseldorf<br><b>Mit:</b> Kai Bendorf (Head of Operations) und Aylin "
          "Demir (Teamlead Leitstelle)</p>\n<p>Bitte bestätige den Termin über den Button oder "
          "antworte einfach auf diese Mail.</p>\n<p><a href=\"https://duesseltakt.jobs.personio."
          "de/appointment/7c1b\">Termin bestätigen</a></p>\n<p>Bis bald!<br>Kai</p>",
          brand="DüsselTakt Mobilität",
          footer="Diese Nachricht wurde über Personio versendet."),
      company="DüsselTakt Mobilität", contact="kai.bendorf@duesseltakt.example.de",
      reply_to=("Kai Bendorf", "kai.bendorf@duesseltakt.example.de"),
      name_enc=("utf-8", "Q"), html_cte="quoted-printable"),

    # --- French -----------------------------------------------------------------------------
    M("delcourt_invite", INV, "fr",
      ("Marc Lefebvre", "m.lefebvre@delcourt-scolaire.example.fr"),
      "Convocation entretien - régulateur transport scolaire", "2026-02-02 09:12 +0100",
      """Bonjour Monsieur Achterberg,

Suite à votre candidature au poste de régulateur, j'ai le plaisir de vous proposer un entretien
le mardi 10 février 2026 à 10h00, dans nos locaux de Seclin (ZA du Moulin, bâtiment B).

L'entretien durera environ une heure et se déroulera avec moi-même et Mme Hélène Vasseur,
responsable planification. Merci de vous munir de votre permis D et de votre carte conducteur.

Merci de me confirmer votre présence.

Bien cordialement,

Marc Lefebvre
Responsable d'exploitation
Transports Scolaires Delcourt
03 20 55 51 84""",
      company="Transports Scolaires Delcourt", contact="m.lefebvre@delcourt-scolaire.example.fr",
      charset="iso-8859-1", cte="8bit"),
    M("delcourt_second_invite", INV, "fr",
      ("Marc Lefebvre", "m.lefebvre@delcourt-scolaire.example.fr"),
      "Re: Entretien manqué ce matin", "2026-02-11 08:50 +0100",
      """Bonjour Monsieur Achterberg,

Merci pour votre message, ce sont des choses qui arrivent avec les trains.

Je vous propose un nouvel entretien le mardi 17 février à 14h00, toujours à Seclin. Mme Vasseur
sera également présente. Merci de me confirmer par retour de mail.

Cordialement,
Marc Lefebvre""",
      company="Transports Scolaires Delcourt", contact="m.lefebvre@delcourt-scolaire.example.fr",
      reply="delcourt_sorry", charset="iso-8859-1", cte="quoted-printable"),
    M("parcelia_lille_invite", INV, "fr", CAMILLE,
      "Entretien - Planificateur tournées (H/F) - Lille-Lesquin", "2026-04-09 11:26 +0200",
      """Bonjour Bart,

Merci pour votre candidature au poste de Planificateur tournées (H/F) sur notre site de
Lille-Lesquin. Votre parcours de conducteur nous intéresse beaucoup.

Je vous propose un entretien le jeudi 16 avril à 9h30 sur site, avec moi-même et Rachid Benali,
responsable d'agence. Nous visiterons ensuite le quai de chargement.

Adresse : Parcelia, Parc d'activités de l'Aéroport, rue des Saules, 59810 Lesquin.

Pouvez-vous me confirmer votre disponibilité ?

Bien à vous,
Camille Vandamme
Chargée de recrutement - Parcelia France
06 55 55 48 21""",
      company="Parcelia", contact="camille.vandamme@parcelia.example.fr",
      auto_html=True, brand="Parcelia", cte="quoted-printable"),
    M("interim_lys_invite", INV, "fr",
      ("Julie Caron - Intérim Nord Mobilité", "julie.caron@interim-nord.example.fr"),
      "Entretien chez Lys Transports", "2026-06-17 14:35 +0200",
      """Bonjour Bart,

Bonne nouvelle : Lys Transports souhaite vous rencontrer pour le poste de planificateur
(transport de voyageurs) basé à Armentières.

Rendez-vous le mercredi 24 juin à 10h30, 8 avenue de la Gare, Armentières. Vous serez reçu par
M. Thierry Pollet, directeur d'exploitation.

Je vous appelle demain pour vous préparer à l'entretien.

Belle journée,
Julie Caron
Intérim Nord Mobilité - Agence de Lille
03 20 55 90 12""",
      company="Lys Transports", contact="julie.caron@interim-nord.example.fr",
      name_enc=("utf-8", "B"), cte="base64"),

    # --- Spanish ----------------------------------------------------------------------------
    M("nervion_invite", INV, "es", ANE,
      "Entrevista - Planificador/a de Servicios", "2026-07-01 10:20 +0200",
      """Hola, Bart:

Gracias por tu candidatura al puesto de Planificador/a de Servicios. Nos gustaría conocerte en
una entrevista presencial:

Fecha: miércoles 8 de julio de 2026
Hora: 10:00
Lugar: Transportes Nervión, Muelle de Uribitarte 6, Bilbao (2.ª planta)
Con: Josu Arana (jefe de tráfico) y yo

Te enviamos también la invitación para tu calendario. Confírmanos, por favor, si te viene bien.

Un saludo,
Ane Goikoetxea
Técnica de Selección - Transportes Nervión
944 55 52 31""",
      company="Transportes Nervión", contact="ane.goikoetxea@transportesnervion.example.es",
      reply="nervion_ack", quote=False, auto_html=True, html_cte="quoted-printable",
      ics={"uid": "tn-entrevista-0708-achterberg@transportesnervion.example.es", "seq": 0,
           "start": "20260708T100000", "end": "20260708T110000",
           "summary": "Entrevista Planificador/a de Servicios - Bart Achterberg",
           "location": "Muelle de Uribitarte 6\\, Bilbao", "tz": "Europe/Madrid",
           "cte": "base64"}),
    M("parcelia_bilbao_invite", INV, "es",
      ("Iker Zubiaurre", "iker.zubiaurre@parcelia.example.es"),
      "Videollamada - Coordinador/a de Planificación (Bilbao)", "2026-05-20 12:15 +0200",
      """Hola Bart,

Mi compañera Camille, de Parcelia France, me ha pasado tu perfil. Estamos buscando un/a
Coordinador/a de Planificación para nuestro centro de Bilbao (Zorrotzaurre) y creemos que
podrías encajar muy bien.

¿Te vendría bien una videollamada el martes 26 de mayo a las 16:00? Puede ser en inglés o en
castellano, como prefieras. Te enviaré el enlace de Teams en cuanto me confirmes.

Un saludo,
Iker Zubiaurre
Responsable de Operaciones - Parcelia Iberia
Tel. 944 55 73 10""",
      company="Parcelia", contact="iker.zubiaurre@parcelia.example.es", cte="8bit"),
    M("ibaizabal_pruebas", INV, "es",
      ("Metro Ibaizabal - Selección", "metroibaizabal@myworkday.com"),
      "Convocatoria a pruebas: Técnico/a de Regulación de Tráfico", "2026-09-01 07:00 +0000",
      None,
      html=html_shell(
          "<p>Estimado/a Bart:</p>\n<p>Nos complace comunicarle que ha superado la fase de "
          "revisión curricular. Le convocamos a la <b>jornada de evaluación</b> (prueba "
          "psicotécnica, caso práctico de regulación y entrevista) que se celebrará el "
          "<b>jueves 17 de septiembre de 2026 a las 9:00</b> en el Centro de Control de Metro "
          "Ibaizabal, calle Navarra 2, Bilbao.</p>\n<p>Debe traer DNI o pasaporte. La jornada "
          "durará aproximadamente cuatro horas.</p>\n<p>Para cualquier duda puede contactar con "
          "Maite Urrutia, técnica de selección.</p>\n<p>Atentamente,<br>Departamento de Personas"
          "<br>Metro Ibaizabal</p>", brand="Metro Ibaizabal",
          footer="Mensaje enviado a través de Workday."),
      company="Metro Ibaizabal", contact="maite.urrutia@metroibaizabal.example.es",
      reply_to=("Maite Urrutia", "maite.urrutia@metroibaizabal.example.es"),
      subj_enc=("utf-8", "B"), html_cte="base64"),
    M("talento_bidasoa_invite", INV, "es",
      ("Lucía Etxeberria", "lucia@talentologistico.example.es"),
      "Videollamada con Bidasoa Paquetería", "2026-08-06 09:40 +0200",
      """Hola Bart,

¡Buenas noticias! Bidasoa Paquetería quiere hacerte una primera entrevista por videollamada
para el puesto de coordinador de rutas en Irun.

Será el jueves 13 de agosto a las 12:00 por Google Meet, con Gorka Iribar, jefe de tráfico.
Te mando el enlace: https://meet.example.com/bid-coord-rutas

Si tienes cualquier duda, llámame.

Un abrazo,
Lucía Etxeberria
Talento Logístico · 944 55 60 70""",
      company="Bidasoa Paquetería", contact="lucia@talentologistico.example.es",
      charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "Q")),
]

RESCHEDULES = [
    M("domstad_resched", R, "en", FEMKE,
      "Updated: Interview Junior Transport Planner - new time", "2026-01-30 09:45 +0100",
      """Dear Bart,

I'm sorry for the change at short notice: Rutger has been called into a meeting with the
province on Wednesday morning. Could we move your interview to Friday 6 February at 13:30,
same place? I have updated the calendar invitation.

If Friday does not work for you, please let me know and we will find another moment.

Kind regards,
Femke""",
      company="Domstad Transit Authority", contact="f.roosendaal@domstadtransit.example.nl",
      reply="domstad_invite", auto_html=True,
      ics={"uid": "dta-int-20260204-achterberg@domstadtransit.example.nl", "seq": 1,
           "start": "20260206T133000", "end": "20260206T143000",
           "summary": "Interview Junior Transport Planner - Bart Achterberg (moved)",
           "location": "Moreelsepark 40\\, Utrecht - 5th floor", "tz": "Europe/Amsterdam"}),
    M("spokely_resched", R, "en",
      ("Jonas Brink", "jonas.brink@spokely.example.com"),
      "Re: Call on Thursday - could we move it?", "2026-02-18 12:02 +0000",
      """Hi Bart,

No problem at all, thanks for letting me know early. I've moved our call to Tuesday 24
February at 15:00 (Amsterdam time). The Google Meet link stays the same.

Good luck with the late shift!
Jonas""",
      company="Spokely", contact="jonas.brink@spokely.example.com", reply="spokely_move_request",
      cte="7bit"),
    M("kelmscott_postponed", R, "en",
      ("Priya Chandran", "priya.chandran@kelmscottcouncil.example.uk"),
      "Assessment Centre 2 April - POSTPONED", "2026-03-27 16:30 +0000",
      """Dear Bart,

I'm afraid the assessment centre for the Transport Operations Planner post, planned for Thursday
2 April, has to be postponed. The Council House will be closed that day for emergency
electrical works.

Your place is not affected. We are looking at Tuesday 14 April and will confirm the new date
early next week. I've cancelled the calendar entry in the meantime.

Apologies for the inconvenience.

Kind regards,
Priya Chandran
Recruitment Officer, Kelmscott City Council""",
      company="Kelmscott City Council", contact="priya.chandran@kelmscottcouncil.example.uk",
      reply="kelmscott_invite", quote=False,
      ics={"uid": "kcc-ac-20260402-tr2211@kelmscottcouncil.example.uk", "seq": 1,
           "method": "CANCEL", "start": "20260402T093000", "end": "20260402T150000",
           "summary": "Assessment Centre - Transport Operations Planner",
           "location": "Council House\\, Victoria Square", "tz": "Europe/London"}),
    M("westmid_postponed", R, "en",
      ("Karen Oduya", "karen.oduya@westmidcoaches.example.co.uk"),
      "Re: Duty Planner vacancy - call postponed", "2026-06-19 08:05 +0100",
      """Hi Bart,

Apologies - I'm off sick today and won't be back until Wednesday, so I need to postpone our
call on Monday. Could we do Thursday 25 June at 10:00 UK time instead? Same number.

Best wishes,
Karen""",
      company="Westmid Coaches", contact="karen.oduya@westmidcoaches.example.co.uk",
      reply="westmid_invite"),
    M("transtalent_moved", R, "en", OLIVER,
      "Amstel Ferry Lines - interview moved to Thursday", "2026-08-20 15:12 +0200",
      """Bart,

Small change: Hanneke has to be in Den Helder on Monday, so Amstel Ferry Lines asked to move your
video interview to Thursday 27 August at 16:00, same link. Can you confirm?

Regards,
Oliver""",
      company="Amstel Ferry Lines", contact="oliver@transtalent.example.com",
      reply="transtalent_amstel_invite", quote_style="outlook"),
    M("brumlink_cancel", R, "en",
      ("Harvey Mensah", "harvey.mensah@brumlink.example.co.uk"),
      "Cancelled: Phone screen - Network Control Assistant", "2026-08-03 17:20 +0100",
      """Hello Bart,

Unfortunately I have to cancel tomorrow's phone screen as I've been asked to cover an incident
review. I'm very sorry for the late notice. I'll send you a new time this week - would Friday
morning suit you?

Kind regards

Harvey Mensah
Resourcing Advisor, Brumlink Trams""",
      company="Brumlink Trams", contact="harvey.mensah@brumlink.example.co.uk",
      reply="brumlink_invite", quote=False,
      ics={"uid": "040000008200E00074C5B7101A82E0080000000058a1c2d3e4f5@brumlink.example.co.uk",
           "seq": 1, "method": "CANCEL", "start": "20260804T110000", "end": "20260804T112000",
           "summary": "Cancelled: Phone screen: Bart Achterberg - Network Control Assistant",
           "location": "Telephone", "tz": "Europe/London"}),
    M("parcelia_uk_moved", R, "en",
      ("Gareth Pilling", "gareth.pilling@parcelia.example.co.uk"),
      "Re: Trial shift at our Birmingham hub", "2026-05-11 19:40 +0100",
      """Hi Bart,

Change of plan, sorry - we've got a stock count at the hub on the 18th and it won't be a
representative shift. Can we move your trial to Wednesday 20 May, same times (06:00-12:00)?

Cheers,
Gareth""",
      company="Parcelia", contact="gareth.pilling@parcelia.example.co.uk",
      reply="parcelia_uk_trial"),

    # --- German -----------------------------------------------------------------------------
    M("rheinmaas_resched", R, "de", LENA,
      "Terminverschiebung: Vorstellungsgespräch am 23.06.", "2026-06-19 11:40 +0200",
      """Sehr geehrter Herr Achterberg,

leider muss ich unseren Termin am Dienstag verschieben, da Herr Claessens an diesem Tag kurzfristig
bei einer Betriebsstörung in Aachen gebraucht wird.

Können Sie stattdessen am Donnerstag, 25. Juni 2026, um 14:00 Uhr zu uns kommen? Ort und
Ablauf bleiben gleich. Die aktualisierte Kalendereinladung liegt bei.

Ich bitte um Entschuldigung für die Umstände.

Mit freundlichen Grüßen
Lena Hoffmeister
RheinMaas Rail | HR Services""",
      company="RheinMaas Rail", contact="lena.hoffmeister@rheinmaasrail.example.de",
      reply="rheinmaas_invite", charset="iso-8859-1", cte="quoted-printable",
      ics={"uid": "rmr-vg-20260623-achterberg@rheinmaasrail.example.de", "seq": 1,
           "start": "20260625T140000", "end": "20260625T150000",
           "summary": "Vorstellungsgespräch Disponent Zugpersonal - B. Achterberg",
           "location": "Ottoplatz 7\\, 50679 Köln", "tz": "Europe/Berlin", "cte": "8bit"}),
    M("rheinufer_resched", R, "de",
      ("Jörg Wittkamp", "joerg.wittkamp@rheinufer-verkehr.example.de"),
      "AW: Einladung: Gespräch Disponent Fahrdienst (m/w/d)", "2026-04-30 07:55 +0200",
      """Guten Morgen Herr Achterberg,

ich muss unser Gespräch am 5. Mai leider auf Donnerstag, 7. Mai, 10:00 Uhr verlegen – am
Dienstag ist unsere Betriebsversammlung. Der Ort bleibt der Betriebshof Am Molenkopf 3.

Passt Ihnen das?

Freundliche Grüße
Jörg Wittkamp
Abteilungsleiter Fahrdienst
Rheinufer Verkehr · Am Molenkopf 3 · 50968 Köln · Tel. 0221 555 8140""",
      company="Rheinufer Verkehr", contact="joerg.wittkamp@rheinufer-verkehr.example.de",
      reply="rheinufer_invite", quote_style="outlook", charset="windows-1252", cte="8bit",
      name_enc=("windows-1252", "Q")),
    M("kessler_streik", R, "de",
      ("Monika Kessler", "monika.kessler@schulbus-kessler.example.de"),
      "Re: Probetag in der Disposition", "2026-05-18 17:10 +0200",
      """Hallo Herr Achterberg,

wegen des angekündigten Warnstreiks im ÖPNV am Mittwoch fallen bei uns die Schulverstärker aus,
und die Disposition ist im Ausnahmezustand. Den Probetag am 20. Mai müssen wir deshalb leider
absagen.

Ich melde mich in den nächsten Tagen mit einem neuen Termin, voraussichtlich in der Woche
danach.

Viele Grüße
Monika Kessler""",
      company="Schulbus Kessler", contact="monika.kessler@schulbus-kessler.example.de",
      reply="kessler_probetag", cte="base64"),

    # --- French -----------------------------------------------------------------------------
    M("parcelia_lille_report", R, "fr", CAMILLE,
      "Re: Entretien - Planificateur tournées (H/F) - Lille-Lesquin", "2026-04-14 18:02 +0200",
      """Bonjour Bart,

Rachid doit se rendre au siège jeudi matin : pourrions-nous décaler notre entretien au vendredi
17 avril à 14h00 ? Le lieu reste le même.

Toutes mes excuses pour ce changement.

Bien à vous,
Camille""",
      company="Parcelia", contact="camille.vandamme@parcelia.example.fr",
      reply="parcelia_lille_invite", charset="windows-1252", cte="quoted-printable"),
    M("interim_lys_annule", R, "fr",
      ("Julie Caron - Intérim Nord Mobilité", "julie.caron@interim-nord.example.fr"),
      "Entretien Lys Transports annulé", "2026-06-23 16:45 +0200",
      """Bonjour Bart,

Lys Transports vient de m'appeler : M. Pollet est retenu par un accident sur une ligne et
l'entretien de demain 10h30 est annulé. Ils tiennent à vous rencontrer et me proposeront une
nouvelle date d'ici la fin de la semaine, je reviens vers vous dès que j'ai un créneau.

Désolée pour ce contretemps !
Julie""",
      company="Lys Transports", contact="julie.caron@interim-nord.example.fr",
      name_enc=("iso-8859-1", "Q"), cte="8bit", subj_enc=("iso-8859-1", "Q")),
    M("mmn_decale", R, "fr",
      ("Aurélie Dumortier", "a.dumortier@mobilites-metropole-nord.example.fr"),
      "Décalage de votre entretien téléphonique", "2026-03-06 10:18 +0100",
      """Bonjour Monsieur Achterberg,

Je dois malheureusement décaler notre entretien téléphonique prévu lundi 9 mars à 11h. Je vous
propose le mercredi 11 mars à 15h. Je vous appellerai sur votre portable.

Merci de me dire si ce créneau vous convient.

Cordialement,
Aurélie Dumortier
Chargée de recrutement
Mobilités Métropole Nord
2 boulevard de Strasbourg, 59000 Lille""",
      company="Mobilités Métropole Nord",
      contact="a.dumortier@mobilites-metropole-nord.example.fr",
      auto_html=True, cte="quoted-printable", html_cte="quoted-printable"),

    # --- Spanish ----------------------------------------------------------------------------
    M("nervion_resched", R, "es", ANE,
      "Re: Cambio de hora - entrevista Planificador/a de Servicios", "2026-07-03 09:12 +0200",
      """Hola, Bart:

Sin problema. Hemos cambiado la entrevista al jueves 9 de julio a las 12:30, en el mismo lugar.
Te actualizo la invitación del calendario.

Un saludo,
Ane""",
      company="Transportes Nervión", contact="ane.goikoetxea@transportesnervion.example.es",
      reply="nervion_move_request",
      ics={"uid": "tn-entrevista-0708-achterberg@transportesnervion.example.es", "seq": 1,
           "start": "20260709T123000", "end": "20260709T133000",
           "summary": "Entrevista Planificador/a de Servicios - Bart Achterberg",
           "location": "Muelle de Uribitarte 6\\, Bilbao", "tz": "Europe/Madrid",
           "cte": "base64"}),
    M("ibaizabal_aplazada", R, "es",
      ("Maite Urrutia", "maite.urrutia@metroibaizabal.example.es"),
      "Aplazamiento jornada de evaluación 17/09", "2026-09-10 13:22 +0200",
      """Estimado Bart:

Por motivos organizativos, la jornada de evaluación prevista para el 17 de septiembre queda
aplazada. Le comunicaremos la nueva fecha en los próximos días; su convocatoria sigue vigente.

Disculpe las molestias.

Atentamente,
Maite Urrutia
Técnica de Selección - Metro Ibaizabal
Calle Navarra 2, 48001 Bilbao""",
      company="Metro Ibaizabal", contact="maite.urrutia@metroibaizabal.example.es",
      charset="iso-8859-1", cte="quoted-printable",
      ics={"uid": "mi-eval-20260917-achterberg@metroibaizabal.example.es", "seq": 2,
           "method": "CANCEL", "start": "20260917T090000", "end": "20260917T130000",
           "summary": "Jornada de evaluación - Técnico/a de Regulación de Tráfico",
           "location": "Calle Navarra 2\\, Bilbao", "tz": "Europe/Madrid",
           "cte": "quoted-printable"}),
]

MESSAGES = INVITES + RESCHEDULES
