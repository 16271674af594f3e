"""interview_invitation: invitations to calls, interviews, trial days, assessments (26)."""

from __future__ import annotations

from msgs330_common import DECLAN_ASCII, calendar, msg, shell, t

K = "interview_invitation"
SINEAD = ("Sinéad Ní Dhonnchadha", "sinead.nidhonnchadha@meridalehotels.example.com")
GARETH = ("Gareth Molloy", "gareth.molloy@castellan.example.ie")

MESSAGES = [
    msg(
        id="meridale_inv1", kind=K, lang="en", company="Meridale Hotels & Resorts",
        frm=SINEAD, hdr=("iso-8859-1", "q"),
        subj="Interview invitation - F&B Operations Manager, Meridale Dublin Docklands",
        date="2026-03-03 11:06 +0000", cte="qp",
        text=t("""
            Dear Declan,

            Thank you for your application for the Food & Beverage Operations Manager role at
            Meridale Dublin Docklands. We were impressed with your background, particularly
            the cost-control work you led at the Mardyke Kitchen, and would like to invite you
            to a first interview.

            Date: Tuesday 10 March 2026
            Time: 10:00 - 10:45 (Irish time)
            Format: Microsoft Teams video call - the link is in the calendar invitation
            Panel: myself and Ronan Geraghty, Hotel Manager

            The conversation will cover your operational experience, how you lead teams and
            a short discussion of a service scenario. There is nothing to prepare in advance.

            Please accept the calendar invitation or let me know if the time does not suit.

            Kind regards,
            Sinéad

            Sinéad Ní Dhonnchadha
            Talent Acquisition Partner - Ireland & UK
            Meridale Hotels & Resorts
            Sir John Rogerson's Quay, Dublin 2, D02 R296
            +353 1 555 0172

            This e-mail and any attachments are confidential and intended solely for the
            addressee. If you have received it in error, please notify the sender and delete
            it. Meridale Hotels & Resorts does not accept liability for any loss caused by
            viruses.
        """),
        ics=calendar(method="REQUEST", uid="mer-dub-20431-int1@meridalehotels.example.com", seq=0,
                 start="20260310T100000", end="20260310T104500", tz="Europe/Dublin",
                 summary="Interview: Declan O Briain-Whitfield - F&B Operations Manager",
                 location="Microsoft Teams Meeting"),
    ),
    msg(
        id="meridale_inv2", kind=K, lang="en", company="Meridale Hotels & Resorts",
        frm=SINEAD, hdr=("utf-8", "b"), parent="own_meridale_thanks", quote="outlook",
        subj="RE: Thank you - F&B Operations Manager interview",
        date="2026-03-20 15:22 +0000", cte="qp",
        text=t("""
            Hi Declan,

            Thanks for your kind note, and apologies for the slow reply - it has been a busy
            week here. Ronan and I both enjoyed the conversation and we'd like to move you to
            the final stage.

            The final stage is in person at Meridale Dublin Docklands on Thursday 26 March:

            - 09:30 - 10:30 panel interview with Ronan Geraghty (Hotel Manager) and Aisling
              Power (Regional Director of Operations)
            - 10:45 - 13:00 walk-through of the F&B outlets and a short case exercise on
              breakfast service flow, which you'll present back to the panel

            Please bring photo ID for reception. Could you confirm by Monday that this works?

            Best,
            Sinéad
        """),
    ),
    msg(
        id="castellan_inv_screen", kind=K, lang="en", company="Castellan Catering",
        frm=("Gareth Molloy via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=GARETH,
        subj="Castellan Catering - let's schedule a call",
        date="2026-02-10 10:18 +0000", cte="qp",
        text=t("""
            Hi Declan,

            Thanks for applying for the Catering Operations Lead (Fixed Term) role in Cork.
            I'd love to set up a 30-minute phone call to tell you more about the contract and
            hear about your experience.

            Please pick a time that suits you using the link below:

            https://app.greenhouse.io/scheduling/e1a7c0d4/castellan-screen

            Looking forward to speaking with you,
            Gareth Molloy
            Talent Lead, Castellan Catering
        """),
        html=shell("Castellan Catering", [
            "Hi Declan,",
            "Thanks for applying for the Catering Operations Lead (Fixed Term) role in Cork."
            " I'd love to set up a 30-minute phone call to tell you more about the contract and"
            " hear about your experience.",
            "Please pick a time that suits you: <a href=\"https://app.greenhouse.io/scheduling"
            "/e1a7c0d4/castellan-screen\">Choose a time</a>",
            "Looking forward to speaking with you,<br>Gareth Molloy<br>Talent Lead, Castellan"
            " Catering",
        ], colour="#7a1f2b"),
    ),
    msg(
        id="castellan_inv_ac", kind=K, lang="en", company="Castellan Catering",
        frm=GARETH, subj="Assessment day invitation - Catering Operations Lead, Cork",
        date="2026-03-10 16:40 +0000", cte="8bit",
        text=t("""
            Hi Declan,

            Great to speak with you last week. Following our call and your conversation with
            Deirdre, we'd like to invite you to our assessment day for the Catering Operations
            Lead role.

            When: Thursday 19 March, 09:00 - 15:00
            Where: Castellan Catering, Unit 4, Eastgate Business Park, Little Island, Cork
            What: a site visit to our client's staff restaurant in Ringaskiddy, a group
            exercise, a food cost case study and a one-to-one interview with Deirdre Lucey,
            Regional Operations Manager.

            The attached agenda has the details and parking information. Lunch is provided.
            Please let me know of any dietary requirements or accessibility needs.

            Cheers,
            Gareth

            Gareth Molloy | Talent Lead
            Castellan Catering
            M +353 86 201 7745
        """),
        att=[("Castellan_Assessment_Day_Agenda.pdf", [
            "Castellan Catering - Assessment Day", "Catering Operations Lead (Fixed Term), Cork",
            "Thursday 19 March 2026", "09:00 Welcome and coffee, Eastgate",
            "09:30 Site visit, Ringaskiddy staff restaurant", "11:30 Group exercise",
            "12:30 Lunch", "13:15 Food cost case study", "14:15 Interview with Deirdre Lucey",
        ])],
    ),
    msg(
        id="amc_inv_video", kind=K, lang="en", company="Atlantic Meridian Cruises",
        frm=("Atlantic Meridian Cruises", "mail@smartrecruiters.com"),
        subj="Next step: your video screening with Atlantic Meridian Cruises",
        date="2026-02-16 08:30 +0000", cte="b64",
        html=shell("Atlantic Meridian Cruises", [
            "Hello Declan,",
            "Good news! The Crew Recruitment team would like to meet you for a <b>video"
            " screening</b> for the position of Assistant Food &amp; Beverage Manager - Fleet.",
            "Your screening is booked for <b>Thursday 19 February 2026 at 14:00 (GMT)</b> with"
            " Kirsty Mair, Fleet Recruitment Specialist. It will last about 30 minutes and take"
            " place on Zoom. The link will be active five minutes before the start:"
            " <a href=\"https://zoom.example.net/j/4418820193\">join the screening</a>.",
            "Please make sure you are in a quiet place with a stable connection, and have your"
            " passport and STCW certificates to hand if you hold them.",
            "Fair winds,<br>Crew Recruitment | Atlantic Meridian Cruises",
        ], colour="#0b3954"),
    ),
    msg(
        id="leevalley_inv", kind=K, lang="en", company="Lee Valley University",
        frm=("Dr Fiona Kearney", "f.kearney@leevalley-university.example.ie"),
        cc=[("HR Recruitment", "hr.recruitment@leevalley-university.example.ie")],
        subj="Interview - Catering Services Operations Manager (LVU-CAT-0226)",
        date="2026-02-27 12:55 +0000", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        text=t("""
            Dear Declan,

            Further to your application for the post of Catering Services Operations Manager,
            I am pleased to inform you that you have been shortlisted for interview.

            The interview will take place on Friday 6 March 2026 at 11:15 in Room 2.14,
            Campus Services Building, Western Road, Cork. The interview board will consist of
            myself, Mr Colm Ó Riordáin (Director of Campus Services) and an external assessor.

            You will be asked to give a ten-minute presentation on the topic: "Improving
            student satisfaction with campus catering on a fixed budget". Please bring your
            presentation on a USB key; a laptop and projector will be available.

            Please confirm your attendance by reply to this e-mail.

            Yours sincerely,

            Dr Fiona Kearney
            Catering Services Manager
            Campus Services, Lee Valley University
            Tel: 021 490 3377
        """),
    ),
    msg(
        id="tessellate_inv", kind=K, lang="en", company="Tessellate Restaurant Group",
        frm=("Priya Raman from Tessellate", "no-reply@hire.lever.co"),
        reply_to=("Priya Raman", "priya.raman@tessellate.example.co.uk"),
        subj="Quick chat about the GM role at Tessellate Borough?",
        date="2026-02-20 13:09 +0000", cte="7bit",
        text=t("""
            Hi Declan,

            Priya here, I look after hiring at Tessellate. I read your application for the
            General Manager role at our Borough site and would love to have a 20 minute phone
            call to get to know you a bit.

            Would Wednesday 25 February at 11am UK time work? If not, reply with a couple of
            slots that suit and I'll make it happen.

            Thanks!
            Priya

            Priya Raman | People Partner | Tessellate Restaurant Group
        """),
    ),
    msg(
        id="brigade_marlowe_inv", kind=K, lang="en", company="The Marlowe Hotel",
        frm=("Niamh Costigan", "niamh.costigan@brigade-hospitality.example.ie"),
        subj="Interview with The Marlowe Hotel, Limerick - Mon 23rd",
        date="2026-03-18 17:31 +0000", cte="qp",
        text=t("""
            Hi Declan,

            Great news - The Marlowe Hotel in Limerick have reviewed your CV and would like
            to meet you for the Food & Beverage Manager position we discussed.

            Details:
            Monday 23 March, 14:00
            The Marlowe Hotel, O'Connell Street, Limerick
            You'll meet Brendan Hartigan (General Manager) and Lisa Condon (HR)

            Dress is business. Brendan will probably ask about your experience managing
            labour costs and your plans for the bar and terrace over the summer, so have a
            think about that. Give me a ring after and let me know how it went.

            Best of luck!
            Niamh

            Niamh Costigan | Senior Consultant - Hotels & Catering
            Brigade Hospitality Recruitment
            M: +353 87 412 6630
        """),
    ),
    msg(
        id="calton_inv", kind=K, lang="en", company="Calton Rock Hotels",
        frm=("Euan Baird", "no-reply@ashbyhq.com"),
        reply_to=("Euan Baird", "euan.baird@caltonrock.example.co.uk"),
        subj="Calton Rock Hotels: Schedule your interview for Food & Beverage Manager",
        date="2026-06-10 09:44 +0100", cte="qp",
        text=t("""
            Hi Declan,

            Thanks for your interest in the Food & Beverage Manager role at The Calton Rock.
            We'd like to invite you to a 45-minute video interview with me and our General
            Manager, Morag Lindsay.

            Please use the link below to choose a time that works for you:
            https://jobs.ashbyhq.com/caltonrock/schedule/6b1d2a90

            Speak soon,
            Euan Baird
            Talent Partner, Calton Rock Hotels
        """),
        html=shell("Calton Rock Hotels", [
            "Hi Declan,",
            "Thanks for your interest in the Food &amp; Beverage Manager role at The Calton"
            " Rock. We'd like to invite you to a 45-minute video interview with me and our"
            " General Manager, Morag Lindsay.",
            "<a href=\"https://jobs.ashbyhq.com/caltonrock/schedule/6b1d2a90\">Choose a time"
            " for your interview</a>",
            "Speak soon,<br>Euan Baird<br>Talent Partner, Calton Rock Hotels",
        ], colour="#3d2b56"),
    ),
    msg(
        id="regent_inv", kind=K, lang="en", company="Regent Lantern Hotels",
        frm=("Hannah Okafor", "hannah.okafor@regentlantern.example.co.uk"),
        subj="Invitation: Interview - Deputy Director of F&B (RLH-LON-04417)",
        date="2026-05-20 10:02 +0100", cte="qp",
        text=t("""
            Dear Declan,

            Thank you for your application for the Deputy Director of Food & Beverage
            Operations role at Regent Lantern Covent Garden. I would like to invite you to a
            first-stage telephone interview on Wednesday 27 May at 15:00 (UK time). I will
            call you on the mobile number on your application.

            A calendar invitation is attached. Please accept it, or let me know if you need a
            different time.

            Kind regards,

            Hannah Okafor
            Talent Acquisition Manager
            Regent Lantern Hotels | 40 Long Acre, London WC2E 9LG
            T: +44 20 7946 0821
        """),
        ics=calendar(method="REQUEST", uid="rlh-04417-okafor-1@regentlantern.example.co.uk",
                 seq=0, start="20260527T150000", end="20260527T153000", tz="Europe/London",
                 summary="Telephone interview - Declan Whitfield", location="Telephone",
                 attach=True),
    ),
    msg(
        id="shandon_inv", kind=K, lang="en", company="Shandon Park Stadium",
        frm=("Conor Buckley", "conor.buckley@shandonpark.example.ie"),
        subj="Trial shift - Saturday 14 March (Munster v Ulster)",
        date="2026-03-09 19:12 +0000", cte="8bit",
        text=t("""
            Hi Declan,

            Thanks for coming in last week, it was good to chat. As discussed, the next step is
            a paid trial shift on a match day so you can see how our hospitality operation
            runs and we can see you in action.

            Saturday 14 March - Munster v Ulster, kick-off 17:15
            Report to the Hospitality Office, South Stand (Gate 6) at 12:00
            Finish approx. 20:30
            Wear black trousers and black shoes; we'll give you a supervisor jacket

            You'll shadow Emma Sheehan, our Premium Lounges Manager, for the first hour and
            then take charge of the Shandon Suite (220 covers) with her support.

            Let me know you're good for it.

            Conor Buckley
            Head of Hospitality & Events
            Shandon Park Stadium, Blackpool, Cork
            087 665 1320
        """),
    ),
    msg(
        id="rotarunner_inv", kind=K, lang="en", company="Rota Runner",
        frm=("Rota Runner", "no-reply@rotarunner.example.com"),
        subj="Action needed: record your video interview for Events Supervisor",
        date="2026-06-01 08:00 +0100", cte="qp",
        html=shell("Rota Runner", [
            "Hi Declan,",
            "You've been shortlisted for <b>Events Supervisor - Hospitality (Cork, June-August"
            " weekends)</b>. Before we can put you forward to the venue, we need you to record a"
            " short video interview in the app.",
            "It takes about 10 minutes: 4 questions, up to 2 minutes per answer. Please"
            " complete it by <b>Thursday 4 June at 18:00</b>.",
            "<a href=\"https://app.rotarunner.example.com/interview/77f1c\">Start my video"
            " interview</a>",
            "Good luck!<br>The Rota Runner team",
        ], footer="Rota Runner, 3 Lapps Quay, Cork. You're receiving this because you have a"
                  " Rota Runner worker account.", colour="#ff5a36"),
    ),
    msg(
        id="meridale_wien_inv1", kind=K, lang="de", company="Meridale Hotels & Resorts",
        frm=("Katharina Gruber", "katharina.gruber@meridalehotels.example.com"),
        subj="Einladung zum Vorstellungsgespräch - Director of Food & Beverage, Meridale Wien",
        date="2026-08-12 10:25 +0200", cte="qp",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            vielen Dank für Ihre Bewerbung als Director of Food & Beverage im Meridale Wien
            Ringstraße. Ihr Lebenslauf hat uns überzeugt, und wir möchten Sie gerne näher
            kennenlernen.

            Wir laden Sie herzlich zu einem ersten Gespräch per Microsoft Teams ein:

            Termin: Dienstag, 18. August 2026, 15:00 Uhr (MESZ)
            Gesprächspartner: Herr Markus Leitner (General Manager) und ich
            Dauer: ca. 60 Minuten
            Sprache: Englisch und Deutsch

            Die Einladung mit dem Teams-Link erhalten Sie separat über den Kalender. Bitte
            bestätigen Sie uns den Termin kurz per E-Mail.

            Mit freundlichen Grüßen

            Katharina Gruber
            HR Director
            Meridale Wien Ringstraße | Meridale Hotels & Resorts
            Schubertring 9, 1010 Wien
            T +43 1 512 40 80-300
        """),
        ics=calendar(method="REQUEST", uid="mer-vie-21877-int1@meridalehotels.example.com", seq=0,
                 start="20260818T150000", end="20260818T160000", tz="Europe/Vienna",
                 summary="Vorstellungsgespräch Declan O Briain-Whitfield - Director F&B",
                 location="Microsoft Teams"),
    ),
    msg(
        id="meridale_wien_inv2", kind=K, lang="de", company="Meridale Hotels & Resorts",
        frm=("Katharina Gruber", "katharina.gruber@meridalehotels.example.com"),
        subj="AW: Ihr Gespräch am 20. August - nächste Schritte",
        date="2026-08-26 14:50 +0200", cte="qp", parent="meridale_wien_move", quote="de",
        text=t("""
            Lieber Herr Ó Briain-Whitfield,

            herzlichen Dank nochmals für das angenehme Gespräch letzte Woche. Herr Leitner und
            ich würden Sie gerne persönlich in Wien kennenlernen.

            Wir laden Sie zu einem zweiten Gespräch mit anschließendem Probetag ein:

            Donnerstag, 3. September 2026
            10:00 Uhr Gespräch mit Herrn Leitner und Frau Dr. Sabine Hofer (Regional Director)
            ab 12:00 Uhr Probetag im Restaurant "Ringsalon" und im Bankettbereich

            Die Kosten für Flug und eine Übernachtung übernehmen wir selbstverständlich. Unsere
            Reisestelle meldet sich mit den Buchungsdetails bei Ihnen.

            Beste Grüße
            Katharina Gruber
        """),
    ),
    msg(
        id="donaukanal_inv", kind=K, lang="de", company="Donaukanal Hotels",
        frm=("Stefan Wallner via Personio", "noreply@personio.de"),
        reply_to=("Stefan Wallner", "s.wallner@donaukanal-hotels.example.at"),
        subj="Einladung zum Interview: Food & Beverage Manager (m/w/d)",
        date="2026-03-05 09:18 +0100", cte="qp",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            vielen Dank für Ihre Bewerbung. Wir würden Sie gerne in einem Video-Interview
            kennenlernen und schlagen folgenden Termin vor:

            Donnerstag, 12. März 2026, 11:00 - 11:45 Uhr
            Google Meet: https://meet.example.com/dkh-fbm-interview

            Ihr Gesprächspartner ist Stefan Wallner, Hoteldirektor Hotel Donaukanal
            Leopoldstadt. Sollte der Termin nicht passen, antworten Sie einfach auf diese
            Nachricht.

            Freundliche Grüße
            Stefan Wallner
            Donaukanal Hotels
        """),
    ),
    msg(
        id="kesslerpohl_inv", kind=K, lang="de", company="Hotelgruppe Alte Donau",
        frm=("Mag. Verena Pohl", "v.pohl@kesslerpohl.example.at"),
        subj="Kennenlernen mit der Hotelgruppe Alte Donau - 2. April",
        date="2026-03-27 16:05 +0100", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "b"),
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            ich freue mich, Ihnen mitteilen zu können, dass unser Mandant, die Hotelgruppe
            Alte Donau, Sie gerne kennenlernen möchte. Es geht um die Position
            Betriebsleiter/in Gastronomie für die beiden Häuser in Kaisermühlen.

            Vorgeschlagener Termin: Donnerstag, 2. April 2026, 14:00 Uhr, per Videocall
            (Zoom). Gesprächspartner ist Herr Thomas Reisinger, Geschäftsführer der Gruppe.
            Ich nehme ebenfalls am Gespräch teil.

            Den Zoom-Link sende ich Ihnen nach Ihrer Bestätigung.

            Mit besten Grüßen
            Verena Pohl

            Mag. Verena Pohl
            Partnerin | Kessler & Pohl Personalberatung
            Wipplingerstraße 23, 1010 Wien
        """),
    ),
    msg(
        id="gastwerk_inv", kind=K, lang="de", company="Gastwerk Catering",
        frm=("Julia Brandstätter", "j.brandstaetter@gastwerk-catering.example.at"),
        subj="Telefoninterview Betriebsleitung Catering - Terminvorschlag",
        date="2026-07-22 11:37 +0200", cs="windows-1252", cte="8bit", hdr=("windows-1252", "q"),
        text=t("""
            Guten Tag Herr Whitfield,

            danke für Ihre Bewerbung als Betriebsleitung Catering. Gerne würde ich in einem
            ersten Telefonat (ca. 30 Minuten) mehr über Sie erfahren.

            Passt Ihnen Montag, 27. Juli, um 10:30 Uhr? Ich rufe Sie dann unter der
            angegebenen Nummer +353 86 ... an. Das Gespräch kann gerne auf Englisch stattfinden.

            Viele Grüße
            Julia Brandstätter
            Recruiting & Personalentwicklung
            Gastwerk Catering - Simmeringer Hauptstraße 212, 1110 Wien
        """),
    ),
    msg(
        id="castellan_fr_inv", kind=K, lang="fr", company="Castellan Restauration",
        frm=("Élodie Marchand", "elodie.marchand@castellan-restauration.example.fr"),
        subj="Entretien - Gérant de site Bordeaux Mérignac",
        date="2026-03-02 10:41 +0100", cte="qp", hdr=("utf-8", "b"),
        text=t("""
            Bonjour Declan,

            Suite à votre candidature au poste de Gérant de site - restauration collective
            sur notre site de Bordeaux Mérignac, je souhaiterais vous proposer un entretien.

            Il aura lieu en visioconférence (Teams) le mercredi 11 mars à 10h00, heure de
            Paris, avec moi-même et Laurent Bessière, directeur régional Sud-Ouest. L'entretien
            se déroulera en français et en anglais et durera environ une heure.

            Merci de me confirmer votre disponibilité.

            Bien cordialement,

            Élodie Marchand
            Chargée de recrutement
            Castellan Restauration - Parc Cadéra Sud, 33700 Mérignac
            06 71 22 48 90
        """),
    ),
    msg(
        id="garonne_inv", kind=K, lang="fr", company="Groupe Garonne Hospitalité",
        frm=("Groupe Garonne Hospitalité", "no-reply@recruitee.com"),
        reply_to=("Sophie Lacaze", "sophie.lacaze@garonne-hospitalite.example.fr"),
        subj="Invitation à un entretien visio - Responsable Restauration",
        date="2026-03-09 14:27 +0100", cte="qp",
        html=shell("Groupe Garonne Hospitalité", [
            "Bonjour Declan,",
            "Votre profil a retenu notre attention pour le poste de <b>Responsable"
            " Restauration</b> de l'hôtel Garonne Rive Droite. Nous vous proposons un entretien"
            " en visio avec Sophie Lacaze, DRH du groupe.",
            "<b>Date :</b> lundi 16 mars 2026<br><b>Heure :</b> 14h30 - 15h15<br>"
            "<b>Lien :</b> <a href=\"https://visio.example.fr/ggh-rr-0316\">rejoindre"
            " l'entretien</a>",
            "Pour toute question, il vous suffit de répondre à ce message.",
            "À bientôt,<br>Sophie Lacaze<br>Groupe Garonne Hospitalité",
        ], colour="#6b2737", lang="fr"),
    ),
    msg(
        id="maisontalent_inv", kind=K, lang="fr", company="Hôtel des Quais",
        frm=("Camille Dufresne", "camille.dufresne@maisontalent.example.fr"),
        subj="Rencontre avec l'Hôtel des Quais - jeudi 16 avril",
        date="2026-04-14 09:03 +0200", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        text=t("""
            Bonjour Monsieur Whitfield,

            Bonne nouvelle : l'Hôtel des Quais souhaite vous rencontrer pour le poste de
            Directeur de la restauration.

            Le rendez-vous est fixé au jeudi 16 avril à 11h00 par téléphone avec Mme Anne
            Peyrelongue, directrice générale de l'hôtel. Elle vous appellera directement sur
            votre portable.

            N'hésitez pas à m'appeler avant l'entretien si vous souhaitez en parler.

            Bien à vous,
            Camille Dufresne
            Maison Talent Hôtellerie
        """),
    ),
    msg(
        id="campusgourmet_inv", kind=K, lang="fr", company="Campus Gourmet Aquitaine",
        frm=("Julien Arrighi", "julien.arrighi@campusgourmet.example.fr"),
        subj="Journée d'immersion - Responsable d'exploitation Talence",
        date="2026-05-06 16:10 +0200", cte="8bit",
        text=t("""
            Bonjour Monsieur Ó Briain-Whitfield,

            Après l'étude de votre candidature, nous avons le plaisir de vous convier à une
            journée d'immersion sur le campus de Talence, qui tient lieu d'entretien pour ce
            poste.

            Date : mardi 12 mai 2026
            Accueil : 8h30, restaurant universitaire Le Vent Debout, allée des Facultés
            Programme : visite des trois points de restauration, rencontre avec les équipes,
            entretien avec la direction à 15h00

            Merci de confirmer votre venue par retour de mail.

            Cordialement,
            Julien Arrighi
            Directeur des opérations
            Campus Gourmet Aquitaine
        """),
    ),
    msg(
        id="mascaret_inv", kind=K, lang="fr", company="Brasseries Mascaret",
        frm=("Thibault Roux", "thibault.roux@brasseries-mascaret.example.fr"),
        subj="Entretien - Directeur d'exploitation Brasseries Mascaret",
        date="2026-06-16 18:45 +0200", cte="qp",
        text=t("""
            Bonsoir Declan,

            Merci pour votre candidature et pour notre échange téléphonique de ce matin. Comme
            convenu, je vous propose un entretien avec notre fondateur, Pierre-Yves Mascaret,
            le vendredi 19 juin à 16h, à notre brasserie du quai des Chartrons (45 quai des
            Chartrons, Bordeaux) ou en visio si vous n'êtes pas encore sur place.

            Dites-moi ce qui vous arrange.

            Thibault Roux
            Responsable RH - Brasseries Mascaret
        """),
    ),
    msg(
        id="tramuntana_inv", kind=K, lang="es", company="Grupo Hotelero Tramuntana",
        frm=("Carmen Roselló", "carmen.rosello@tramuntana-hoteles.example.es"),
        subj="Entrevista para Jefe/a de Alimentos y Bebidas - Hotel Tramuntana Portixol",
        date="2026-03-16 10:05 +0100", cte="qp", hdr=("utf-8", "q"),
        text=t("""
            Hola Declan:

            Gracias por tu candidatura. Nos ha gustado mucho tu experiencia y nos gustaría
            conocerte en una entrevista por videollamada.

            Día: jueves 19 de marzo
            Hora: 12:00 (hora peninsular)
            Con: Carmen Roselló (RR. HH.) y Joan Amengual, director del hotel
            Enlace: https://meet.example.es/tramuntana-fyb

            ¿Te viene bien? Si no, dime qué horario te encaja mejor esta semana.

            Un saludo,
            Carmen Roselló
            Responsable de Selección
            Grupo Hotelero Tramuntana
            Passeig del Portixol 8, 07006 Palma
        """),
    ),
    msg(
        id="meridale_palma_inv", kind=K, lang="es", company="Meridale Hotels & Resorts",
        frm=("Meridale Hotels & Resorts", "meridale@myworkday.com"),
        reply_to=("Lucía Ferrer", "lucia.ferrer@meridalehotels.example.com"),
        to=DECLAN_ASCII,
        subj="Invitación a entrevista: Food & Beverage Manager - Meridale Palma Bay",
        date="2026-07-29 12:30 +0200", cte="b64",
        text=t("""
            Hola Declan:

            Te escribo en nombre del equipo de Meridale Palma Bay. Nos gustaría invitarte a
            una entrevista por videollamada para el puesto de Food & Beverage Manager.

            Fecha: miércoles 5 de agosto de 2026
            Hora: 17:00 (hora de Palma)
            Duración: 45 minutos
            Entrevistadores: Lucía Ferrer (People & Culture) y Andreu Pons (director del hotel)

            Recibirás la invitación de calendario con el enlace. Si tienes cualquier duda,
            responde a este correo y te contestaré personalmente.

            Un saludo,
            Lucía Ferrer
            People & Culture Manager - Meridale Palma Bay
            Meridale Hotels & Resorts
        """),
        ics=calendar(method="REQUEST", uid="mer-pmi-21902-int1@meridalehotels.example.com", seq=0,
                 start="20260805T170000", end="20260805T174500", tz="Europe/Madrid",
                 summary="Entrevista Food & Beverage Manager - Declan Whitfield",
                 location="Microsoft Teams", organizer=("Lucía Ferrer",
                                                       "lucia.ferrer@meridalehotels.example.com")),
    ),
    msg(
        id="llevant_inv", kind=K, lang="es", company="Hotel Cala Nova",
        frm=("Marta Serra Vidal", "marta.serra@llevant-temporal.example.es"),
        subj="Entrevista con Hotel Cala Nova - jueves 18",
        date="2026-06-15 13:22 +0200", cs="windows-1252", cte="8bit", hdr=("windows-1252", "b"),
        text=t("""
            Hola Declan:

            ¡Buenas noticias! El Hotel Cala Nova, en Cala Major, quiere entrevistarte para el
            puesto de coordinador de restauración de temporada.

            La entrevista sería el jueves 18 de junio a las 10:30 en el propio hotel
            (Carrer de Joan Miró, 312). Preguntad en recepción por Xisca Bonet, la directora
            de Alimentos y Bebidas. Se hará en inglés y en español.

            Confírmame por favor que puedes ir y te mando la ficha del puesto.

            Un saludo,
            Marta

            Marta Serra Vidal
            Servicios Temporales Llevant
        """),
    ),
    msg(
        id="amc_es_inv", kind=K, lang="es", company="Atlantic Meridian Cruises",
        frm=("Atlantic Meridian Cruises - Selección", "mail@smartrecruiters.com"),
        reply_to=("Iñaki Berasategui", "inaki.berasategui@atlanticmeridian.example.com"),
        subj="Convocatoria: jornada de evaluación en Palma - 15 de abril",
        date="2026-04-08 09:50 +0200", cte="qp", hdr=("utf-8", "b"),
        text=t("""
            Estimado Declan:

            Tras tu videoentrevista con nuestro equipo, nos complace convocarte a la jornada
            de evaluación (assessment centre) para el puesto de Assistant Food & Beverage
            Manager - Fleet.

            Fecha: miércoles 15 de abril de 2026
            Hora: 09:00 a 16:00
            Lugar: Oficina de tripulación de Atlantic Meridian Cruises, Moll de Paraires s/n,
            Port de Palma

            La jornada incluye dinámicas de grupo, una prueba de gestión de costes y una
            entrevista individual. Las pruebas se harán en inglés. Trae tu pasaporte y tus
            certificados.

            Atentamente,
            Iñaki Berasategui
            Crew Recruitment Officer - Atlantic Meridian Cruises
        """),
    ),
]
