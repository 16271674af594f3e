"""Corpus 318: every `rejection` message (31), hand-written."""

from __future__ import annotations

from msgs318_common import M, html_shell

K = "rejection"

MESSAGES = [
    # --- Domstad Transit Authority thread (Utrecht, English) -------------------------------
    M("domstad_rejection", K, "en",
      ("Femke Roosendaal", "f.roosendaal@domstadtransit.example.nl"),
      "Re: Thank you - Junior Transport Planner interview", "2026-02-20 11:02 +0100",
      """Dear Bart,

Thank you for your kind note, and again for the time you gave us on the 6th. The panel enjoyed
talking to you, and your stories from twelve years behind the wheel on lines 12 and 28 were
exactly the kind of ground truth our planners sometimes miss.

After a lot of discussion we have decided to offer the Junior Transport Planner role to
another candidate, who has already worked with our timetabling software. I know this is not the
news you were hoping for, and I want to be clear that it was a close decision.

If you would like feedback, I am happy to set up a short call. We also publish new planning
vacancies on our careers page every quarter, and I would encourage you to apply again.

Kind regards,

Femke Roosendaal
Talent Acquisition Partner | Domstad Transit Authority
Moreelsepark 40, 3511 EP Utrecht
+31 30 555 0142""",
      company="Domstad Transit Authority", contact="f.roosendaal@domstadtransit.example.nl",
      reply="domstad_thanks", cte="quoted-printable"),

    # --- Spokely (Amsterdam bike-sharing start-up) -----------------------------------------
    M("spokely_on_hold", K, "en",
      ("Jonas Brink from Spokely", "no-reply@ashbyhq.com"),
      "Update on the Fleet Dispatcher (Rebalancing) role", "2026-03-09 16:40 +0000",
      """Hi Bart,

I wanted to reach out personally. Following a change in our funding timeline we have put the
Fleet Dispatcher (Rebalancing) position on hold until further notice, so we will not proceed
with your application at this point.

I'm genuinely sorry - you were one of the strongest people I spoke to and I know you took the
time to move your interview for us. If the role reopens I will contact you first, but I don't
want to keep you waiting on something that might not come back this year.

All the best with the search,
Jonas

Jonas Brink
Operations Lead, Spokely
spokely.example.com""",
      company="Spokely", contact="jonas.brink@spokely.example.com",
      reply_to=("Jonas Brink", "jonas.brink@spokely.example.com"),
      html=html_shell("<p>Hi Bart,</p>\n<p>I wanted to reach out personally. Following a change "
                      "in our funding timeline we have put the Fleet Dispatcher (Rebalancing) "
                      "position on hold until further notice, so we will not proceed with your "
                      "application at this point.</p>\n<p>I'm genuinely sorry - you were one of "
                      "the strongest people I spoke to and I know you took the time to move your "
                      "interview for us. If the role reopens I will contact you first, but I "
                      "don't want to keep you waiting on something that might not come back this "
                      "year.</p>\n<p>All the best with the search,<br>Jonas</p>\n<p>Jonas Brink"
                      "<br>Operations Lead, Spokely<br>spokely.example.com</p>",
                      footer="Sent with Ashby on behalf of Spokely."),
      headers={"X-Mailer": "Ashby"}),

    # --- Kelmscott City Council (Birmingham) -----------------------------------------------
    M("kelmscott_rejection", K, "en",
      ("Kelmscott City Council Recruitment", "kelmscottcc@taleo.net"),
      "Your application: Transport Operations Planner (KCC/TR/2211)", "2026-04-28 09:00 +0000",
      """Dear Bartholomew Achterberg,

Reference: KCC/TR/2211 - Transport Operations Planner, Highways and Transport Directorate

Thank you for attending our assessment centre on 14 April 2026.

We have now completed the assessment process. We regret to inform you that on this occasion you
have not been successful. The standard of applicants was very high and the panel's decision was
based on the scores achieved against the essential criteria in the person specification.

We would like to thank you for your interest in working for Kelmscott City Council and wish you
every success in the future. Details of current vacancies can be found on our jobs portal.

Yours sincerely,

Recruitment Team
Kelmscott City Council

This is an automated message. Please do not reply to this email address.""",
      company="Kelmscott City Council", cte="7bit"),

    # --- Flexwerk (uitzendbureau, English) relays Scheldt Freight Dispatch ------------------
    M("flexwerk_scheldt_no", K, "en",
      ("Sanne de Wit | Flexwerk", "sanne.dewit@flexwerk.example.nl"),
      "Feedback from Scheldt Freight Dispatch", "2026-03-31 17:12 +0200",
      """Hi Bart,

As promised, a quick update after your conversation with Scheldt Freight Dispatch in Antwerp
last Thursday.

They called me this afternoon. They liked your calm manner and your knowledge of driving hours
rules, but in the end they went for someone who already speaks some French and has worked with
their port planning tool. So unfortunately it's a no for this one.

I don't see this as a step back at all: your profile is getting good reactions. I have two other
dispatch roles coming in next week and I'll call you about them.

Groetjes,
Sanne

Sanne de Wit
Consultant Transport & Logistics
Flexwerk Uitzendbureau - Vestiging Utrecht
Vredenburg 18, 3511 BB Utrecht | +31 30 555 8810""",
      company="Scheldt Freight Dispatch", contact="sanne.dewit@flexwerk.example.nl"),

    # --- Fleetline Recruitment relays Brightway School Coaches ------------------------------
    M("fleetline_brightway_no", K, "en",
      ("Tom Aldridge", "tom.aldridge@fleetline.example.co.uk"),
      "Brightway - outcome of your second interview", "2026-06-19 12:26 +0100",
      """Morning Bart,

I've just come off the phone with Dave Kinsella at Brightway School Coaches. I'm sorry to say
they won't be offering you the Route & Roster Coordinator position.

Their feedback was genuinely positive about your driving background and the way you handled the
roster exercise. The deciding factor was that the other finalist has held a UK transport manager
CPC for several years, which matters to them for the next O-licence audit.

Let's speak early next week - I'd like to understand whether you are still keen on the West
Midlands or now focusing back on the continent.

Cheers,
Tom

Tom Aldridge
Senior Consultant - Passenger Transport
Fleetline Recruitment
Unit 4, Caxton Gate, Birmingham B2 4AB
T: +44 121 555 0198

Fleetline Recruitment Ltd is registered in England and Wales. This e-mail and any attachments
are confidential and intended solely for the addressee.""",
      company="Brightway School Coaches", contact="tom.aldridge@fleetline.example.co.uk",
      cte="quoted-printable"),

    # --- Midland Connect Buses (iCIMS) ------------------------------------------------------
    M("midland_not_shortlisted", K, "en",
      ("Midland Connect Buses Careers", "careers-midlandconnect@icims.com"),
      "Midland Connect Buses - Service Controller (Req 4471)", "2026-05-22 15:03 +0000",
      None,
      html=html_shell(
          "<p>Dear Bart,</p>\n<p>Thank you for taking part in the phone screen for the "
          "<b>Service Controller</b> position (Req 4471) at our Perry Barr depot.</p>\n"
          "<p>We have carefully considered your application against the requirements of the "
          "role. Unfortunately, you have not been shortlisted for the next stage of the "
          "process.</p>\n<p>We will keep your details on file for six months and may contact "
          "you if a suitable role arises. You can withdraw your consent at any time from your "
          "candidate profile.</p>\n<p>Kind regards,<br>Talent Team<br>Midland Connect Buses</p>",
          brand="Midland Connect Buses",
          footer="Please do not reply to this message. This mailbox is not monitored."),
      company="Midland Connect Buses", html_cte="base64"),

    # --- Cargoroute (Antwerp start-up, Lever) -----------------------------------------------
    M("cargoroute_rejection", K, "en",
      ("Cargoroute", "no-reply@hire.lever.co"),
      "Your application to Cargoroute", "2026-04-03 08:31 +0000",
      """Hi Bart,

Thanks so much for your interest in the Night Dispatch Planner role at Cargoroute and for the
time you took to apply.

We've reviewed your application carefully and have decided to move forward with candidates whose
experience more closely matches what we need for this role right now.

We'll hold on to your details and may reach out if something opens up that fits better. Good
luck with your search!

The Cargoroute Talent Team
Noorderlaan 112, 2030 Antwerpen""",
      company="Cargoroute", auto_html=True, brand="cargoroute"),

    # --- Westmid Coaches: filled internally -------------------------------------------------
    M("westmid_internal", K, "en",
      ("Karen Oduya", "karen.oduya@westmidcoaches.example.co.uk"),
      "Re: Duty Planner vacancy", "2026-07-08 10:47 +0100",
      """Hi Bart,

Thanks again for rearranging and for the call last week.

I'm writing to let you know that we have filled the Duty Planner position internally: one of
our senior drivers at the Tyseley depot applied late and management decided to give him the
chance. It means we won't be taking your application any further, which I'm sorry about - you
came across really well.

I'll keep your CV and will be in touch if another planning role comes up.

Best wishes,
Karen

Karen Oduya | HR Business Partner
Westmid Coaches
Kings Road, Tyseley, Birmingham B11 2AL
0121 555 0170""",
      company="Westmid Coaches", contact="karen.oduya@westmidcoaches.example.co.uk",
      reply="westmid_missed_sorry"),

    # --- Veloop (Cologne bike-share start-up, Greenhouse, English) --------------------------
    M("veloop_rejection", K, "en",
      ("Marit Kühne via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Veloop - your application for Fleet Operations Dispatcher", "2026-04-24 13:15 +0000",
      """Hi Bart,

Thank you for your patience over the last few weeks, and for the conversation on Tuesday after
our first attempt didn't work out.

I'm sorry to tell you that we have decided not to move forward with your application for the
Fleet Operations Dispatcher role in Cologne. The team felt that the position needs more hands-on
experience with e-bike battery logistics than you have had the chance to build so far.

We really appreciate the interest in Veloop and hope our paths cross again.

Best,
Marit Kühne
People & Talent, Veloop""",
      company="Veloop", contact="marit.kuehne@veloop.example.de",
      reply_to=("Marit Kühne", "marit.kuehne@veloop.example.de"), name_enc=("utf-8", "Q")),

    # --- Flexwerk: unnamed client -----------------------------------------------------------
    M("flexwerk_unnamed_no", K, "en",
      ("Sanne de Wit | Flexwerk", "sanne.dewit@flexwerk.example.nl"),
      "Planner role Amsterdam-West", "2026-05-13 09:58 +0200",
      """Hi Bart,

Short one: my client in Amsterdam-West (the wholesale distributor I told you about, I still
can't share the name) has decided not to invite you for the planner role. They are going
with a candidate from their own temp pool who already knows their warehouse.

Not the answer we wanted. I'll keep sending your profile out - the market for dispatchers is
busy before the summer.

Groetjes,
Sanne

Sanne de Wit
Consultant Transport & Logistics | Flexwerk Uitzendbureau
+31 30 555 8810""",
      company="Flexwerk", contact="sanne.dewit@flexwerk.example.nl", cte="8bit"),

    # --- TransTalent Search relays Amstel Ferry Lines ---------------------------------------
    M("transtalent_amstel_no", K, "en",
      ("Oliver Brandsma", "oliver@transtalent.example.com"),
      "Amstel Ferry Lines - decision", "2026-09-04 18:05 +0200",
      """Bart,

Thanks for joining the rescheduled video call with Amstel Ferry Lines, and sorry the first
attempt was so chaotic.

I heard back from their operations director this evening. They have decided to proceed with
another candidate for the Crew & Vessel Roster Coordinator role. Their main concern was maritime
crewing regulations, which they felt would take too long to learn.

Happy to debrief by phone if helpful.

Regards,
Oliver Brandsma
Partner | TransTalent Search
Amsterdam - Rotterdam - Antwerp
+31 20 555 0321""",
      company="Amstel Ferry Lines", contact="oliver@transtalent.example.com",
      reply="transtalent_missed"),

    # --- Noordkade Logistics: process suspended ---------------------------------------------
    M("noordkade_suspended", K, "en",
      ("Ilse Vermeulen", "ilse.vermeulen@noordkade.example.nl"),
      "Re: Application - Transport Planner (day shift)", "2026-06-02 14:22 +0200",
      """Dear Bart,

Thank you for your application and your patience.

Due to the reorganisation of our Amsterdam hub, the recruitment for the Transport Planner (day
shift) position has been suspended. Because we do not know when, or whether, the vacancy will
be opened again, we are closing all current applications, including yours.

We appreciate your interest in Noordkade Logistics and wish you all the best.

Met vriendelijke groet / Kind regards,

Ilse Vermeulen
HR Advisor
Noordkade Logistics
Hornweg 61, 1045 AR Amsterdam""",
      company="Noordkade Logistics", contact="ilse.vermeulen@noordkade.example.nl",
      reply="noordkade_ack"),

    # --- Brumlink Trams: after phone screen (Outlook quoting) --------------------------------
    M("brumlink_rejection", K, "en",
      ("Harvey Mensah", "harvey.mensah@brumlink.example.co.uk"),
      "RE: Phone screen - Network Control Assistant", "2026-08-18 16:50 +0100",
      """Hello Bart,

Many thanks for speaking with me last Friday once we had finally found a time that worked.

I have discussed your application with the Network Control manager. Although your experience as
a driver is valuable, we are looking for someone with at least two years in a control room
environment, so we won't be progressing your application to the next stage.

Thank you for your interest in Brumlink Trams.

Kind regards

Harvey Mensah
Resourcing Advisor
Brumlink Trams | Depot Road, Wednesbury WS10 7AB
T 0121 555 0604

--------------------------------------------------------------------
DISCLAIMER: This email and any files transmitted with it are confidential and intended solely
for the use of the individual to whom they are addressed. If you have received this email in
error please notify the sender and delete it. Brumlink Trams accepts no liability for viruses.
--------------------------------------------------------------------""",
      company="Brumlink Trams", contact="harvey.mensah@brumlink.example.co.uk",
      reply="brumlink_cancel", quote_style="outlook", cte="quoted-printable"),

    # --- Amstel Dispatch Services (HTML only, Recruitee) ------------------------------------
    M("amstel_dispatch_no", K, "en",
      ("Amstel Dispatch Services", "no-reply@recruitee.com"),
      "About your application for Dispatcher (Evening Shift)", "2026-03-17 10:10 +0000",
      None,
      html=html_shell(
          "<p>Dear Bart,</p>\n<p>Thank you for applying for the position of <strong>Dispatcher "
          "(Evening Shift)</strong> at Amstel Dispatch Services.</p>\n<p>We received a large "
          "number of applications. After careful review we regret to let you know that we have "
          "chosen not to proceed with your application.</p>\n<p>We wish you the best of luck in "
          "your search for a new position.</p>\n<p>Kind regards,<br>The recruitment team at "
          "Amstel Dispatch Services</p>",
          brand="Amstel Dispatch Services",
          footer="Powered by Recruitee. You received this e-mail because you applied for a job "
                 "at Amstel Dispatch Services."),
      company="Amstel Dispatch Services", html_cte="quoted-printable"),

    # --- Lekstroom Bus (Utrecht), windows-1252 ----------------------------------------------
    M("lekstroom_rejection", K, "en",
      ("Maarten Kolkman", "m.kolkman@lekstroombus.example.nl"),
      "Your application – Roster Coordinator", "2026-10-06 11:35 +0200",
      """Dear Bart,

Thank you for coming in on 29 September, and for being so understanding about the mix-up with
the first appointment.

We’ve now spoken to all candidates for the Roster Coordinator position. I’m sorry to tell you
that we have decided not to take your application further. The team was impressed by your
“driver’s eye” for workable duties, but we’ve chosen a candidate with hands-on experience in
HASTUS.

I hope you’ll keep an eye on our vacancies; we expect more planning roles in 2027.

Kind regards,

Maarten Kolkman
Manager Planning & Roostering
Lekstroom Bus – Nieuwegein""",
      company="Lekstroom Bus", contact="m.kolkman@lekstroombus.example.nl",
      charset="windows-1252", cte="quoted-printable",
      subj_enc=("windows-1252", "Q")),

    # --- German -----------------------------------------------------------------------------
    M("rheinufer_absage", K, "de",
      ("Rheinufer Verkehr", "noreply@softgarden.io"),
      "Ihre Bewerbung als Disponent Fahrdienst (m/w/d)", "2026-05-19 08:12 +0000",
      """Sehr geehrter Herr Achterberg,

vielen Dank für Ihr Interesse an einer Tätigkeit bei der Rheinufer Verkehr und für die Zeit,
die Sie sich für uns genommen haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die
Position Disponent Fahrdienst (m/w/d) nicht weiter berücksichtigen können. Diese Entscheidung
ist keine Bewertung Ihrer Person oder Qualifikation.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten
gelöscht.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinufer Verkehr

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.""",
      company="Rheinufer Verkehr", charset="iso-8859-1", cte="quoted-printable"),
    M("duesseltakt_absage", K, "de",
      ("DüsselTakt Mobilität", "no-reply@personio.de"),
      "Absage: Schichtkoordinator Leitstelle", "2026-07-14 07:30 +0000",
      """Hallo Bart,

danke, dass du dir Zeit für das Gespräch mit Aylin und mir genommen hast. Wir haben uns
gefreut, dich kennenzulernen.

Leider haben wir uns für eine andere Person entschieden, deren Erfahrung in der
Leitstellenarbeit besser zu unseren aktuellen Anforderungen passt. Die Entscheidung ist uns
nicht leichtgefallen.

Wir wünschen dir für die weitere Jobsuche viel Erfolg!

Viele Grüße
Kai Bendorf
Head of Operations, DüsselTakt Mobilität""",
      company="DüsselTakt Mobilität", contact="kai.bendorf@duesseltakt.example.de",
      reply_to=("Kai Bendorf", "kai.bendorf@duesseltakt.example.de"),
      name_enc=("iso-8859-1", "B"), cte="base64"),
    M("lpp_bergmann_absage", K, "de",
      ("Sabine Overath", "s.overath@logistik-personal.example.de"),
      "Rückmeldung Hafenspedition Bergmann", "2026-08-05 15:48 +0200",
      """Hallo Herr Achterberg,

ich habe heute die Rückmeldung von der Hafenspedition Bergmann in Neuss erhalten. Leider hat
sich der Kunde gegen Sie entschieden und besetzt die Stelle als Disponent Nahverkehr mit einem
Bewerber, der bereits im Containerumschlag gearbeitet hat.

Das tut mir leid, zumal das zweite Telefonat ja gut gelaufen ist. Ich melde mich, sobald ich
eine passende Position für Sie habe.

Beste Grüße
Sabine Overath
Personalberaterin Logistik
Logistik Personal Partner
Königsallee 61, 40212 Düsseldorf
Tel. 0211 555 4410""",
      company="Hafenspedition Bergmann", contact="s.overath@logistik-personal.example.de",
      charset="iso-8859-1", cte="8bit"),
    M("lindenau_nicht_besetzt", K, "de",
      ("Stadt Lindenau - Personalamt", "personalamt@lindenau.example.de"),
      "Ausschreibung 14/2026 Sachbearbeitung Verkehrsplanung", "2026-06-26 10:05 +0200",
      """Sehr geehrter Herr Achterberg,

wir beziehen uns auf Ihre Bewerbung vom 3. März 2026 auf die Stelle
"Sachbearbeitung Verkehrsplanung / ÖPNV" (Ausschreibung 14/2026).

Aufgrund der vom Rat beschlossenen Haushaltssperre wird die Stelle in diesem Jahr nicht besetzt.
Das Auswahlverfahren ist damit beendet, und wir werden Ihre Bewerbung nicht weiter verfolgen.

Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden nach Ablauf der Frist gelöscht.

Mit freundlichen Grüßen
Im Auftrag

Gertrud Nießen
Stadt Lindenau - Fachbereich Personal
Rathausplatz 1, 50999 Lindenau
Telefon 02236 555-210
gertrud.niessen@lindenau.example.de""",
      company="Stadt Lindenau", contact="gertrud.niessen@lindenau.example.de",
      reply_to=("Gertrud Nießen", "gertrud.niessen@lindenau.example.de"),
      subj_enc=("iso-8859-1", "Q"), charset="iso-8859-1", cte="quoted-printable"),
    M("kessler_absage", K, "de",
      ("Monika Kessler", "monika.kessler@schulbus-kessler.example.de"),
      "Probetag / Disposition", "2026-05-29 18:20 +0200",
      """Hallo Herr Achterberg,

nochmals danke für Ihren Einsatz beim Probetag am Mittwoch, und dass Sie nach der Verschiebung
wegen des Streiks so flexibel waren.

Wir haben lange überlegt. Am Ende haben wir uns für eine Kollegin entschieden, die schon seit
Jahren Schülerverkehr im Rhein-Erft-Kreis plant und die Schulen persönlich kennt. Für Sie
bedeutet das leider eine Absage.

Falls wir im Herbst eine zweite Stelle in der Disposition schaffen, würde ich mich gerne bei
Ihnen melden, wenn Sie einverstanden sind.

Viele Grüße aus Hürth
Monika Kessler
Geschäftsführerin
Schulbus Kessler GmbH & Co. KG · Industriestraße 9 · 50354 Hürth""",
      company="Schulbus Kessler", contact="monika.kessler@schulbus-kessler.example.de",
      cte="8bit"),
    M("rheinmaas_other_role_no", K, "de",
      ("RheinMaas Rail Recruiting", "rheinmaas@successfactors.eu"),
      "Ihre Bewerbung: Fahrdienstleiter (m/w/d) Düsseldorf-Rath", "2026-05-26 06:45 +0000",
      """Sehr geehrter Herr Achterberg,

vielen Dank für Ihre Bewerbung als Fahrdienstleiter (m/w/d) am Standort Düsseldorf-Rath
(Stellen-ID 60419).

Wir haben alle Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Sie
für diese Position nicht berücksichtigen können, da eine abgeschlossene Ausbildung im
Eisenbahnbetriebsdienst zwingend erforderlich ist.

Ihre Bewerbungen auf andere Stellen bei RheinMaas Rail bleiben davon unberührt.

Mit freundlichen Grüßen
Ihr Recruiting-Team
RheinMaas Rail

Dies ist eine automatisch generierte Nachricht.""",
      company="RheinMaas Rail", cte="base64"),

    # --- French -----------------------------------------------------------------------------
    M("delcourt_refus", K, "fr",
      ("Marc Lefebvre", "m.lefebvre@delcourt-scolaire.example.fr"),
      "Re: Entretien du 17 février - poste de régulateur", "2026-03-02 17:40 +0100",
      """Bonjour Monsieur Achterberg,

Je vous remercie encore d'être venu jusqu'à Seclin pour le second rendez-vous.

Après réflexion avec notre directeur d'exploitation, nous avons décidé de ne pas donner suite à
votre candidature pour le poste de régulateur. Votre expérience de conduite est solide, mais
nous avons besoin d'une personne parfaitement à l'aise au téléphone en français avec les
familles et les établissements, dès le premier jour.

Je vous souhaite sincèrement de trouver rapidement un poste à la hauteur de votre motivation.

Bien cordialement,

Marc Lefebvre
Responsable d'exploitation
Transports Scolaires Delcourt
ZA du Moulin, 59113 Seclin
03 20 55 51 84""",
      company="Transports Scolaires Delcourt", contact="m.lefebvre@delcourt-scolaire.example.fr",
      reply="delcourt_second_invite", charset="iso-8859-1", cte="quoted-printable"),
    M("mmn_refus", K, "fr",
      ("Mobilités Métropole Nord", "noreply@smartrecruiters.com"),
      "Votre candidature - Agent de planification (H/F)", "2026-03-24 10:00 +0000",
      None,
      html=html_shell(
          "<p>Bonjour Bart,</p>\n<p>Nous vous remercions de l'intérêt que vous portez à "
          "Mobilités Métropole Nord et du temps consacré à votre candidature pour le poste "
          "d'<b>Agent de planification (H/F)</b>.</p>\n<p>Après une étude attentive, nous avons "
          "retenu une candidature dont le profil correspond davantage aux besoins du poste. "
          "Nous ne pouvons donc pas donner une suite favorable à la vôtre.</p>\n<p>Nous vous "
          "souhaitons pleine réussite dans vos recherches.</p>\n<p>L'équipe Recrutement<br>"
          "Mobilités Métropole Nord</p>",
          brand="Mobilités Métropole Nord",
          footer="Ce message a été envoyé automatiquement, merci de ne pas y répondre."),
      company="Mobilités Métropole Nord", subj_enc=("utf-8", "B")),
    M("interim_lys_refus", K, "fr",
      ("Julie Caron - Intérim Nord Mobilité", "julie.caron@interim-nord.example.fr"),
      "Retour de Lys Transports", "2026-07-09 12:14 +0200",
      """Bonjour Bart,

J'ai eu le retour de Lys Transports ce matin concernant le poste de planificateur à Armentières.
Malheureusement, ils ont choisi un autre candidat, qui connaissait déjà leur logiciel
d'exploitation.

Ils ont apprécié votre sérieux lors de l'entretien, et je garde votre dossier en priorité pour
les prochaines missions en régulation.

Belle journée,
Julie Caron
Chargée de recrutement
Intérim Nord Mobilité - Agence de Lille
12 rue Nationale, 59000 Lille - 03 20 55 90 12""",
      company="Lys Transports", contact="julie.caron@interim-nord.example.fr",
      name_enc=("iso-8859-1", "Q"), cte="8bit"),
    M("brehaut_annule", K, "fr",
      ("Ville de Bréhaut - Ressources humaines", "recrutement@brehaut.example.fr"),
      "Recrutement coordinateur mobilité - annulation", "2026-09-15 09:25 +0200",
      """Monsieur,

Vous avez candidaté au poste de coordinateur mobilité et transport scolaire publié par la Ville
de Bréhaut en juin dernier, et nous vous en remercions.

Suite à la réorganisation des services décidée par le conseil municipal, ce poste est supprimé
et le recrutement est annulé. Nous ne sommes donc pas en mesure de poursuivre l'examen de votre
candidature.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Nathalie Duquesne
Direction des ressources humaines
Hôtel de Ville - 1 place du Général-de-Gaulle - 59810 Bréhaut
nathalie.duquesne@brehaut.example.fr""",
      company="Ville de Bréhaut", contact="nathalie.duquesne@brehaut.example.fr",
      reply_to=("Nathalie Duquesne", "nathalie.duquesne@brehaut.example.fr"),
      charset="windows-1252", cte="quoted-printable", subj_enc=("utf-8", "Q")),
    M("anvers_interne", K, "fr",
      ("Bénédicte Lambrechts", "b.lambrechts@anvers-cargo.example.be"),
      "Re: Poste de dispatcheur - suite", "2026-06-16 16:02 +0200",
      """Bonjour Monsieur Achterberg,

Merci pour votre appel de ce matin et pour vos explications, nous comprenons tout à fait.

Entre-temps, le poste de dispatcheur a été pourvu en interne par un collègue de notre équipe de
quai, qui a souhaité évoluer. Nous ne pourrons donc pas vous proposer un nouvel entretien.

Nous vous remercions de votre intérêt pour Anvers Cargo Services et vous souhaitons bonne
continuation.

Cordialement,
Bénédicte Lambrechts
Office Manager - Anvers Cargo Services
Haven 420, Kaai 1, 2030 Antwerpen
+32 3 555 27 40""",
      company="Anvers Cargo Services", contact="b.lambrechts@anvers-cargo.example.be",
      reply="anvers_missed", quote=True),

    # --- Spanish ----------------------------------------------------------------------------
    M("nervion_rechazo", K, "es",
      ("Ane Goikoetxea", "ane.goikoetxea@transportesnervion.example.es"),
      "Re: Cambio de hora - entrevista Planificador/a de Servicios", "2026-07-22 13:30 +0200",
      """Hola, Bart:

Gracias de nuevo por tu tiempo en la entrevista del día 9 y por tu flexibilidad con el cambio
de hora.

Lamentablemente, hemos decidido continuar el proceso con otra persona cuyo perfil se ajusta más
a lo que buscamos en este momento, sobre todo por su experiencia con la planificación de
servicios interurbanos en Bizkaia.

Nos ha gustado mucho conocerte y guardaremos tu candidatura para futuras vacantes.

Un saludo,

Ane Goikoetxea
Técnica de Selección
Transportes Nervión
Muelle de Uribitarte 6, 48001 Bilbao
Tel. 944 55 52 31""",
      company="Transportes Nervión", contact="ane.goikoetxea@transportesnervion.example.es",
      reply="nervion_resched", charset="iso-8859-1", cte="quoted-printable"),
    M("ibaizabal_rechazo", K, "es",
      ("Metro Ibaizabal - Selección", "metroibaizabal@myworkday.com"),
      "Proceso de selección: Técnico/a de Regulación de Tráfico", "2026-09-29 07:15 +0000",
      """Estimado/a Bart Achterberg:

Le agradecemos su participación en el proceso de selección para el puesto de Técnico/a de
Regulación de Tráfico (ref. MI-2026-088).

Una vez finalizada la fase de pruebas, le informamos de que su candidatura no ha sido
seleccionada para continuar en el proceso. Queremos agradecerle el interés mostrado en formar
parte de Metro Ibaizabal.

Reciba un cordial saludo,

Departamento de Personas
Metro Ibaizabal

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.""",
      company="Metro Ibaizabal", cte="base64"),
    M("talento_bidasoa_no", K, "es",
      ("Lucía Etxeberria", "lucia@talentologistico.example.es"),
      "Respuesta de Bidasoa Paquetería", "2026-08-27 11:44 +0200",
      """Hola Bart,

Te escribo con la respuesta de Bidasoa Paquetería. Después de la segunda videollamada, el
cliente ha decidido no seguir adelante con tu candidatura para el puesto de coordinador de
rutas en Irun. Prefieren a alguien que resida ya en la zona y hable euskera.

Siento no traerte mejores noticias. Sigo atenta a nuevas posiciones de planificación en
Bizkaia y te aviso en cuanto tenga algo.

Un abrazo,
Lucía Etxeberria
Consultora de Selección - Talento Logístico
Gran Vía 45, 48011 Bilbao · 944 55 60 70""",
      company="Bidasoa Paquetería", contact="lucia@talentologistico.example.es",
      cte="8bit", subj_enc=("iso-8859-1", "B")),
    M("arrizabal_suspendido", K, "es",
      ("Ayuntamiento de Arrizabal", "rrhh@arrizabal.example.es"),
      "Suspensión del proceso selectivo - Técnico/a de Movilidad", "2026-10-13 12:00 +0200",
      None,
      html=html_shell(
          "<p>Estimado Sr. Achterberg:</p>\n<p>Le comunicamos que, por resolución de Alcaldía "
          "de 9 de octubre de 2026, <b>se suspende el proceso selectivo</b> para la provisión "
          "de una plaza de Técnico/a de Movilidad, en el que usted figuraba como aspirante "
          "admitido.</p>\n<p>La suspensión obedece a la revisión de la relación de puestos de "
          "trabajo. El proceso no continuará en su forma actual y, en caso de convocarse de "
          "nuevo, será necesario presentar una nueva solicitud.</p>\n<p>Para cualquier "
          "consulta puede dirigirse a Itziar Mendiola, del Servicio de Recursos Humanos.</p>\n"
          "<p>Atentamente,<br>Itziar Mendiola<br>Servicio de Recursos Humanos<br>Ayuntamiento "
          "de Arrizabal<br>Plaza Nagusia 1, 48950 Arrizabal (Bizkaia)</p>",
          brand="Ayuntamiento de Arrizabal",
          footer="AVISO LEGAL: Este mensaje y sus anexos pueden contener información "
                 "confidencial. Si usted no es el destinatario, le rogamos que lo comunique al "
                 "remitente y proceda a su borrado."),
      company="Ayuntamiento de Arrizabal", contact="itziar.mendiola@arrizabal.example.es",
      reply_to=("Itziar Mendiola", "itziar.mendiola@arrizabal.example.es"),
      html_charset="iso-8859-1", html_cte="quoted-printable"),
    M("bizibike_cerrado", K, "es",
      ("Bizibike", "no-reply@teamtailor-mail.com"),
      "Gracias por tu interés en Bizibike", "2026-05-05 09:02 +0000",
      """Hola Bart,

¡Gracias por postularte a Operador/a de Flota y Redistribución en Bizibike!

Hemos revisado todas las candidaturas y, por ahora, no vamos a avanzar con la tuya. Hemos
cerrado el proceso con una persona que ya trabajaba con nosotros como mecánica de bicis.

Te animamos a seguir nuestras ofertas: crecemos rápido en Bilbao y Donostia.

Un saludo,
El equipo de Bizibike""",
      company="Bizibike", auto_html=True, brand="bizibike", cte="quoted-printable"),
]
