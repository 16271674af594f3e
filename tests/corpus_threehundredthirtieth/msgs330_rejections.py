"""rejection: every kind of "no" to Declan's applications (31 messages)."""

from __future__ import annotations

from msgs330_common import DECLAN_ASCII, msg, shell, t

K = "rejection"
SINEAD = ("Sinéad Ní Dhonnchadha", "sinead.nidhonnchadha@meridalehotels.example.com")
NIAMH = ("Niamh Costigan", "niamh.costigan@brigade-hospitality.example.ie")
VERENA = ("Mag. Verena Pohl", "v.pohl@kesslerpohl.example.at")
MARTA = ("Marta Serra Vidal", "marta.serra@llevant-temporal.example.es")

ENGLISH = [
    msg(
        id="meridale_dublin_rej", kind=K, lang="en", company="Meridale Hotels & Resorts",
        frm=SINEAD, hdr=("utf-8", "q"), parent="own_meridale_final_confirm", quote="en",
        subj="Re: Final stage - F&B Operations Manager, Meridale Dublin Docklands",
        date="2026-04-14 10:32 +0100", cte="qp",
        text=t("""
            Hi Declan,

            Thank you for coming in for the final stage and for the work you put into the
            breakfast case - the panel genuinely enjoyed your presentation.

            I'm sorry to tell you that we have decided to offer the role to another candidate
            who has more hotel front-of-house experience. It was a close decision, and Aisling
            was keen that I tell you we'd like to stay in touch: with your kitchen and cost
            background, I can see you in one of our F&B roles in the group in future.

            If it's OK with you, I'll keep your details on file and reach out when something
            suitable opens up.

            With best wishes,
            Sinéad

            Sinéad Ní Dhonnchadha
            Talent Acquisition Partner - Ireland & UK
            Meridale Hotels & Resorts
        """),
    ),
    msg(
        id="tessellate_rej", kind=K, lang="en", company="Tessellate Restaurant Group",
        frm=("Tessellate Restaurant Group", "no-reply@hire.lever.co"),
        subj="Your application to Tessellate Restaurant Group",
        date="2026-03-03 18:02 +0000", cte="7bit",
        text=t("""
            Hi Declan,

            Thank you for taking the time to speak with Priya about the General Manager role
            at our Borough site.

            After careful consideration, we've decided to move forward with candidates whose
            experience more closely matches the needs of this role at this time.

            We really appreciate your interest in Tessellate and wish you the best of luck in
            your search.

            The Tessellate People Team
        """),
    ),
    msg(
        id="leevalley_rej", kind=K, lang="en", company="Lee Valley University",
        frm=("HR Recruitment - Lee Valley University",
             "hr.recruitment@leevalley-university.example.ie"),
        reply_to=("Dr Fiona Kearney", "f.kearney@leevalley-university.example.ie"),
        subj="Competition LVU-CAT-0226 - Catering Services Operations Manager - outcome",
        date="2026-03-25 15:40 +0000", cs="windows-1252", cte="qp", hdr=("windows-1252", "q"),
        text=t("""
            Dear Mr Ó Briain-Whitfield,

            I refer to your recent interview for the post of Catering Services Operations
            Manager (LVU-CAT-0226).

            The interview board has now completed its assessment of all candidates. I regret
            to inform you that, on this occasion, you have not been placed on the panel from
            which the appointment will be made.

            The board asked me to pass on that your presentation was well received. Should you
            wish to receive feedback on your interview, please contact Dr Fiona Kearney by
            reply to this e-mail.

            Thank you for your interest in working at Lee Valley University.

            Yours sincerely,
            Aoife Cronin
            Human Resources Department, Lee Valley University
        """),
    ),
    msg(
        id="shandon_rej", kind=K, lang="en", company="Shandon Park Stadium",
        frm=("Conor Buckley", "conor.buckley@shandonpark.example.ie"),
        subj="Re: Sorry about Saturday",
        date="2026-03-27 09:48 +0000", cte="8bit", parent="own_shandon_apology", quote="en",
        text=t("""
            Hi Declan,

            Thanks for explaining, and sorry to hear about the car. I did talk it over with
            Emma, but with the Six Nations and the summer concerts coming up we needed to fill
            the supervisor position quickly, and we've now appointed someone who was able to
            complete the trial.

            So we won't be taking your application further this time. Keep an eye on our
            careers page for the concert season roles though.

            All the best,
            Conor

            Conor Buckley
            Head of Hospitality & Events
            Shandon Park Stadium
        """),
    ),
    msg(
        id="amc_rej", kind=K, lang="en", company="Atlantic Meridian Cruises",
        frm=("Atlantic Meridian Cruises", "mail@smartrecruiters.com"),
        subj="Update on your application - Assistant Food & Beverage Manager - Fleet",
        date="2026-05-05 10:00 +0100", cte="b64",
        html=shell("Atlantic Meridian Cruises", [
            "Dear Declan,",
            "Thank you for participating in our assessment centre in Palma and for your"
            " patience while we completed the selection process.",
            "We regret to inform you that we will not be offering you a position on this"
            " occasion. Competition for shipboard management roles was particularly strong"
            " this season.",
            "Your profile will remain in our talent pool for 12 months and you are welcome to"
            " apply for future vacancies across our fleet.",
            "Kind regards,<br>Crew Recruitment | Atlantic Meridian Cruises",
        ], footer="This message was sent via SmartRecruiters. Replies to this address are not"
                  " read.", colour="#0b3954"),
    ),
    msg(
        id="brigade_marlowe_rej", kind=K, lang="en", company="The Marlowe Hotel",
        frm=NIAMH, subj="Feedback from The Marlowe",
        date="2026-04-01 13:16 +0100", cte="qp",
        text=t("""
            Hi Declan,

            I've just had the feedback from Brendan at The Marlowe Hotel. Unfortunately they
            have decided to offer the F&B Manager job to another candidate - someone who has
            run the bar side of a four-star for a few years already. He said you came across
            really well and your food knowledge stood out, but they felt they needed someone
            who could hit the ground running on beverage for the summer.

            I know that's disappointing. I have another couple of roles I want to talk to you
            about - are you free for a call on Friday?

            Niamh

            Niamh Costigan | Senior Consultant - Hotels & Catering
            Brigade Hospitality Recruitment
        """),
    ),
    msg(
        id="regent_rej", kind=K, lang="en", company="Regent Lantern Hotels",
        frm=("Regent Lantern Hotels Careers", "regentlantern@taleo.net"),
        subj="Regent Lantern Hotels - RLH-LON-04417 - Position update",
        date="2026-06-09 09:12 +0100", cte="qp",
        text=t("""
            Dear Declan Ó Briain-Whitfield,

            Thank you for your interest in the position of Director of Food & Beverage
            Operations (Deputy) at Regent Lantern Covent Garden.

            We would like to inform you that this position has now been filled by an internal
            candidate. As a result, we are closing all external applications for this
            requisition.

            We thank you for the time you invested in the process and encourage you to apply
            for future positions that match your profile.

            Sincerely,
            Regent Lantern Hotels Talent Acquisition
        """),
    ),
    msg(
        id="calton_rej", kind=K, lang="en", company="Calton Rock Hotels",
        frm=("Euan Baird", "euan.baird@caltonrock.example.co.uk"),
        subj="Food & Beverage Manager role - update",
        date="2026-06-24 17:30 +0100", cte="qp",
        text=t("""
            Hi Declan,

            Thanks again for your time with Morag and me last week.

            I wanted to let you know personally that the Food & Beverage Manager role at The
            Calton Rock has been put on hold. Our owners have decided to close the hotel for
            a major refurbishment from November, and the F&B structure will be redesigned as
            part of that. This means we will not be proceeding with any candidates for the
            role for now.

            I'm sorry this isn't the news you were hoping for. If a similar role comes up
            when we reopen, I'll be in touch.

            Best,
            Euan

            Euan Baird | Talent Partner | Calton Rock Hotels
            14 Regent Road, Edinburgh EH7 5BL
        """),
    ),
    msg(
        id="liffey_rej", kind=K, lang="en", company="Liffey Quarter Hotels",
        frm=("Liffey Quarter Hotels", "notifications@bamboohr.com"),
        subj="Your application for Banqueting & Events Manager",
        date="2026-07-21 11:55 +0100", cte="qp",
        html=shell("Liffey Quarter Hotels", [
            "Hi Declan,",
            "Thank you for applying for the Banqueting &amp; Events Manager position at Liffey"
            " Quarter Hotels.",
            "We have received many strong applications, and unfortunately you have not been"
            " shortlisted for interview on this occasion.",
            "We wish you every success in your job search.",
            "Liffey Quarter Hotels HR",
        ], colour="#1b4d3e"),
    ),
    msg(
        id="harbourline_rej", kind=K, lang="en", company="Harbourline Foodservice",
        frm=("Harbourline Foodservice Careers", "careers-noreply@icims.com"),
        subj="Harbourline Foodservice - Catering Manager, Canary Wharf",
        date="2026-02-06 21:14 +0000", cte="qp",
        text=t("""
            Dear Declan,

            Thank you for your interest in the Catering Manager, Canary Wharf position at
            Harbourline Foodservice.

            We have reviewed your application carefully. Unfortunately, we have decided to
            move forward with candidates whose experience more closely matches the
            requirements of this position.

            We will keep your details in our database and may contact you about future
            opportunities.

            Best regards,
            Harbourline Foodservice Talent Acquisition
        """),
        html=shell("Harbourline Foodservice", [
            "Dear Declan,",
            "Thank you for your interest in the Catering Manager, Canary Wharf position at"
            " Harbourline Foodservice.",
            "We have reviewed your application carefully. Unfortunately, we have decided to"
            " move forward with candidates whose experience more closely matches the"
            " requirements of this position.",
            "We will keep your details in our database and may contact you about future"
            " opportunities.",
            "Best regards,<br>Harbourline Foodservice Talent Acquisition",
        ], colour="#004b87"),
    ),
    msg(
        id="brigade_unnamed_rej", kind=K, lang="en", company="Brigade Hospitality Recruitment",
        frm=("Ciara Daly", "ciara.daly@brigade-hospitality.example.ie"),
        cc=[NIAMH], subj="Operations Manager - Limerick (ref BH-2291)",
        date="2026-05-14 16:22 +0100", cte="qp",
        text=t("""
            Hi Declan,

            I'm covering Niamh's desk while she's on leave. Just to close the loop on the
            Operations Manager role in Limerick (ref BH-2291): our client has reviewed the
            shortlist and has decided not to progress your application to interview. Their
            feedback was that they want someone with multi-site hotel operations experience.

            Sorry it's not better news. Niamh will be back on the 25th and will be in touch
            about other roles.

            Kind regards,
            Ciara Daly
            Consultant | Brigade Hospitality Recruitment
        """),
    ),
    msg(
        id="rotarunner_rej", kind=K, lang="en", company="Rota Runner",
        frm=("Rota Runner", "no-reply@rotarunner.example.com"),
        subj="Update on Events Supervisor - Hospitality",
        date="2026-06-08 09:30 +0100", cte="7bit",
        text=t("""
            Hi Declan,

            Thanks for your interest in Events Supervisor - Hospitality (Cork, June-August
            weekends).

            The venue has now filled this role, so your application has been closed. Don't
            worry - your profile stays active and you can keep applying for shifts and roles
            in the app.

            The Rota Runner team
        """),
    ),
    msg(
        id="castellan_london_rej", kind=K, lang="en", company="Castellan Catering",
        frm=("Castellan Catering", "no-reply@greenhouse-mail.io"),
        subj="Your application for Contract Catering Manager - London Bridge",
        date="2026-01-30 12:41 +0000", cte="qp",
        html=shell("Castellan Catering", [
            "Hi Declan,",
            "Thank you for your interest in the <b>Contract Catering Manager - London"
            " Bridge</b> role at Castellan Catering.",
            "We've now reviewed your application and, unfortunately, we won't be moving"
            " forward with it for this role. We were looking for someone with several years'"
            " experience managing a client contract in the UK.",
            "This decision only concerns the London Bridge role; any other applications you"
            " have with us are not affected.",
            "Thanks again,<br>The Castellan Talent Team",
        ], colour="#7a1f2b"),
    ),
    msg(
        id="kingsgate_rej", kind=K, lang="en", company="Kingsgate University Hospitality",
        frm=("Kingsgate University Recruitment", "kingsgate@myworkday.com"),
        subj="Kingsgate University: Hospitality Operations Manager (JR00871) - process update",
        date="2026-04-20 13:03 +0100", cte="b64",
        text=t("""
            Dear Declan,

            Thank you for applying for the position of Hospitality Operations Manager
            (JR00871) with Kingsgate University Hospitality.

            Due to a review of the structure of our Commercial Services directorate, the
            university has decided to suspend this recruitment process. The role will not be
            filled in its current form and we will therefore not proceed with any of the
            applications received.

            If a revised role is advertised in the future, we would encourage you to apply.

            We apologise for any disappointment this may cause.

            Kingsgate University Human Resources
            London
        """),
    ),
    msg(
        id="forthcramond_rej", kind=K, lang="en", company="Forth & Cramond Restaurants",
        frm=("Alasdair Rennie", "alasdair@forthcramond.example.co.uk"),
        subj="RE: Second interview - Operations Manager",
        date="2026-08-19 18:44 +0100", cte="qp",
        headers={"In-Reply-To": "<CAK7d9x-b2Hq1@mail.example.ie>",
                 "References": "<fc-ops-0801@forthcramond.example.co.uk> "
                               "<CAK7d9x-b2Hq1@mail.example.ie>"},
        text=t("""
            Hi Declan,

            Thanks for coming up to Edinburgh again last Thursday, and for the thoughtful
            follow-up below.

            I'll be straight with you: we've decided not to go ahead with your application.
            Your food and cost knowledge was the best we saw, but Fiona and I felt we need
            someone who has already run a multi-site restaurant operation in Scotland, given
            the licensing and staffing challenges we're facing this winter.

            I appreciate this is a disappointing end after two interviews, and I'm happy to
            give you more detailed feedback over the phone if that would help.

            All the best,
            Alasdair

            Alasdair Rennie
            Managing Director | Forth & Cramond Restaurants
            22 Shore, Leith, Edinburgh EH6 6QN

            From: Declan Whitfield <declan.whitfield@example.ie>
            Sent: Friday, August 14, 2026 9:12 AM
            To: Alasdair Rennie <alasdair@forthcramond.example.co.uk>
            Subject: RE: Second interview - Operations Manager

            Hi Alasdair,

            Thanks to you and Fiona for yesterday. I've attached the one-page summary of the
            labour scheduling idea we discussed for the Leith and Stockbridge sites.

            Best regards,
            Declan

            From: Alasdair Rennie <alasdair@forthcramond.example.co.uk>
            Sent: Monday, August 3, 2026 4:20 PM
            To: Declan Whitfield <declan.whitfield@example.ie>
            Subject: Second interview - Operations Manager

            Hi Declan,

            Fiona and I would like to invite you back for a second interview on Thursday 13
            August at 11am at our Leith office.

            Alasdair
        """),
    ),
]

GERMAN = [
    msg(
        id="donaukanal_rej", kind=K, lang="de", company="Donaukanal Hotels",
        frm=("Donaukanal Hotels", "noreply@personio.de"),
        subj="Ihre Bewerbung als Food & Beverage Manager (m/w/d)",
        date="2026-03-24 11:20 +0100", cte="qp",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            vielen Dank für das Gespräch mit Herrn Wallner und das Interesse an einer
            Mitarbeit bei den Donaukanal Hotels.

            Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden,
            deren Profil noch besser zu den Anforderungen der Position passt. Wir bedauern,
            Ihnen keine positive Nachricht geben zu können.

            Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

            Mit freundlichen Grüßen
            Ihr Recruiting-Team der Donaukanal Hotels
        """),
    ),
    msg(
        id="kesslerpohl_rej", kind=K, lang="de", company="Hotelgruppe Alte Donau",
        frm=VERENA, hdr=("iso-8859-1", "q"),
        subj="Rückmeldung Hotelgruppe Alte Donau",
        date="2026-04-10 09:35 +0200", cs="iso-8859-1", cte="8bit",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            vielen Dank nochmals, dass Sie das Gespräch mit Herrn Reisinger so kurzfristig
            nachgeholt haben.

            Leider muss ich Ihnen mitteilen, dass sich die Hotelgruppe Alte Donau für einen
            anderen Kandidaten entschieden hat, der bereits Erfahrung in der österreichischen
            Hotellerie mitbringt. Herr Reisinger war von Ihrer Küchenkompetenz angetan, sah
            den Schritt in die Betriebsleitung jedoch als zu groß für diese Position.

            Ich behalte Ihr Profil für weitere Mandate gerne im Blick.

            Mit freundlichen Grüßen
            Verena Pohl
            Kessler & Pohl Personalberatung
        """),
    ),
    msg(
        id="gastwerk_rej", kind=K, lang="de", company="Gastwerk Catering",
        frm=("Gastwerk Catering Wien", "noreply@softgarden.io"),
        subj="Ihre Bewerbung bei Gastwerk Catering",
        date="2026-08-05 14:12 +0200", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        html=shell("Gastwerk Catering", [
            "Sehr geehrter Herr Whitfield,",
            "nochmals vielen Dank für Ihr Interesse an der Position <b>Betriebsleitung Catering"
            " (w/m/d)</b> und die Zeit, die Sie sich für uns genommen haben.",
            "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren"
            " Auswahlverfahren nicht berücksichtigen können.",
            "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "Freundliche Grüße<br>Ihr Gastwerk Catering Team",
        ], colour="#b35c00", lang="de"),
    ),
    msg(
        id="arenaprater_rej", kind=K, lang="de", company="Arena Prater",
        frm=("Daniel Hörmann", "d.hoermann@arena-prater.example.at"),
        subj="Ihre Bewerbung: Leitung Hospitality & Catering",
        date="2026-06-02 16:48 +0200", cte="qp", hdr=("utf-8", "b"),
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            danke für Ihre Bewerbung als Leitung Hospitality & Catering in der Arena Prater.

            Wir müssen Ihnen leider mitteilen, dass die ausgeschriebene Stelle nicht besetzt
            wird. Im Zuge der Neuvergabe des Catering-Vertrags an einen externen Partner ab
            der Saison 2026/27 entfällt die Position. Das Bewerbungsverfahren wird daher
            eingestellt.

            Wir bedauern, Ihnen keine andere Nachricht geben zu können, und danken Ihnen für
            Ihr Interesse.

            Mit freundlichen Grüßen
            Daniel Hörmann
            Personal & Organisation
            Arena Prater Betriebsgesellschaft, Prater 140, 1020 Wien
        """),
    ),
    msg(
        id="kesslerpohl_unnamed_rej", kind=K, lang="de",
        company="Kessler & Pohl Personalberatung",
        frm=("Lukas Kessler", "l.kessler@kesslerpohl.example.at"),
        reply_to=VERENA, hdr=("iso-8859-1", "b"),
        subj="Mandat F&B Manager Salzkammergut - Rückmeldung",
        date="2026-07-03 10:05 +0200", cte="qp",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            meine Kollegin Frau Pohl ist diese Woche auf Urlaub, daher melde ich mich bei
            Ihnen. Unser Mandant - ein Resorthotel im Salzkammergut, dessen Namen wir in
            dieser Phase nicht nennen dürfen - hat die Vorauswahl abgeschlossen und wird
            Ihre Kandidatur leider nicht weiterverfolgen.

            Gerne bespricht Frau Pohl nach ihrer Rückkehr weitere Möglichkeiten mit Ihnen.
            Antworten Sie bitte direkt an sie.

            Beste Grüße
            Lukas Kessler
            Kessler & Pohl Personalberatung
        """),
    ),
    msg(
        id="alpenkoch_rej", kind=K, lang="de", company="Alpenkoch Gastronomie",
        frm=("Andrea Stöger", "a.stoeger@alpenkoch.example.at"),
        subj="Ihre Bewerbung als Restaurantleiter",
        date="2026-02-18 08:27 +0100", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        text=t("""
            Sehr geehrter Herr Whitfield,

            wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an unserem
            Unternehmen.

            Leider müssen wir Ihnen mitteilen, dass wir uns nach eingehender Prüfung für
            andere Bewerberinnen und Bewerber entschieden haben. Diese Entscheidung ist keine
            Bewertung Ihrer Qualifikation.

            Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach
            sechs Monaten löschen.

            Mit freundlichen Grüßen
            Andrea Stöger
            Personalabteilung
            Alpenkoch Gastronomie, Mariahilfer Straße 88, 1070 Wien
        """),
    ),
]

FRENCH = [
    msg(
        id="garonne_rej", kind=K, lang="fr", company="Groupe Garonne Hospitalité",
        frm=("Sophie Lacaze", "sophie.lacaze@garonne-hospitalite.example.fr"),
        subj="Suite à notre entretien - Responsable Restauration",
        date="2026-03-30 17:15 +0200", cte="qp", hdr=("utf-8", "q"),
        text=t("""
            Bonjour Declan,

            Je vous remercie encore pour notre échange du 17 mars et pour l'intérêt que vous
            portez au Groupe Garonne Hospitalité.

            Après réflexion, nous avons décidé de poursuivre avec un autre candidat, dont le
            parcours en hôtellerie correspond davantage à nos besoins immédiats. Ce choix a
            été difficile, car votre expérience en cuisine est solide.

            Je vous souhaite une pleine réussite dans vos projets.

            Bien cordialement,
            Sophie Lacaze
            DRH - Groupe Garonne Hospitalité
        """),
    ),
    msg(
        id="maisontalent_rej", kind=K, lang="fr", company="Hôtel des Quais",
        frm=("Camille Dufresne", "camille.dufresne@maisontalent.example.fr"),
        subj="Retour de l'Hôtel des Quais",
        date="2026-04-24 12:02 +0200", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        text=t("""
            Bonjour Monsieur Whitfield,

            J'ai eu ce matin le retour de Mme Peyrelongue suite à votre entretien de mardi.
            L'Hôtel des Quais a finalement retenu un autre candidat pour le poste de Directeur
            de la restauration, déjà en poste dans un établissement cinq étoiles bordelais.

            Je suis désolée de ne pas vous apporter de meilleure nouvelle. Je garde votre
            profil en tête pour d'autres missions dans la région.

            Bien à vous,
            Camille Dufresne
            Maison Talent Hôtellerie
        """),
    ),
    msg(
        id="campusgourmet_rej", kind=K, lang="fr", company="Campus Gourmet Aquitaine",
        frm=("Campus Gourmet Aquitaine", "no-reply@recruitee.com"),
        subj="Votre candidature - Responsable d'exploitation",
        date="2026-05-20 09:00 +0200", cte="qp",
        html=shell("Campus Gourmet Aquitaine", [
            "Bonjour Declan,",
            "Nous vous remercions de l'intérêt que vous portez à Campus Gourmet Aquitaine.",
            "Après examen attentif de votre dossier, nous sommes au regret de vous informer"
            " que votre candidature n'a pas été retenue pour le poste de Responsable"
            " d'exploitation - restaurants universitaires.",
            "Nous vous souhaitons une bonne continuation.",
            "Le service des ressources humaines",
        ], colour="#2e6f40", lang="fr"),
    ),
    msg(
        id="mascaret_rej", kind=K, lang="fr", company="Brasseries Mascaret",
        frm=("Thibault Roux", "thibault.roux@brasseries-mascaret.example.fr"),
        subj="Poste de directeur d'exploitation",
        date="2026-07-02 10:25 +0200", cte="8bit",
        text=t("""
            Bonjour Declan,

            Je reviens vers vous concernant le poste de directeur d'exploitation. Pierre-Yves
            a finalement confié le poste à notre chef de cuisine de la brasserie des
            Chartrons, qui a souhaité évoluer en interne. Le poste est donc pourvu.

            Merci pour le temps que vous nous avez consacré, et au plaisir de vous croiser
            dans l'une de nos brasseries.

            Thibault Roux
            Responsable RH - Brasseries Mascaret
        """),
    ),
    msg(
        id="saintemilion_rej", kind=K, lang="fr", company="Saint-Émilion Collection",
        frm=("Saint-Émilion Collection - Recrutement", "noreply@teamtailor-mail.com"),
        reply_to=("Saint-Émilion Collection", "noreply@teamtailor-mail.com"),
        subj="Information concernant votre candidature",
        date="2026-08-25 15:33 +0200", cte="b64", hdr=("iso-8859-1", "q"),
        text=t("""
            Bonjour Declan,

            Vous avez postulé au poste de Directeur F&B pour nos hôtels de Saint-Émilion et
            nous vous en remercions.

            Pour des raisons d'organisation interne, Saint-Émilion Collection a décidé de
            suspendre ce recrutement jusqu'à nouvel ordre. Nous ne donnerons donc pas suite
            aux candidatures reçues pour ce poste.

            Nous vous prions de nous excuser pour ce contretemps et vous remercions de votre
            compréhension.

            L'équipe Recrutement - Saint-Émilion Collection
        """),
    ),
]

SPANISH = [
    msg(
        id="tramuntana_rej", kind=K, lang="es", company="Grupo Hotelero Tramuntana",
        frm=("Carmen Roselló", "carmen.rosello@tramuntana-hoteles.example.es"),
        subj="Tu candidatura - Jefe/a de Alimentos y Bebidas",
        date="2026-04-01 13:40 +0200", cte="qp", hdr=("utf-8", "b"),
        text=t("""
            Hola Declan:

            Muchas gracias por tu tiempo en la entrevista con Joan y conmigo.

            Hemos valorado con mucho cuidado todas las candidaturas y, aunque tu perfil nos
            ha parecido muy interesante, hemos decidido seguir adelante con otra persona que
            ya conoce el mercado hotelero de Mallorca.

            Te deseamos mucha suerte en tu búsqueda y esperamos coincidir en el futuro.

            Un abrazo,
            Carmen Roselló
            Responsable de Selección - Grupo Hotelero Tramuntana
        """),
    ),
    msg(
        id="llevant_rej", kind=K, lang="es", company="Hotel Cala Nova",
        frm=MARTA, cs="windows-1252", cte="qp", hdr=("windows-1252", "q"),
        subj="Hotel Cala Nova - puesto cubierto",
        date="2026-06-30 12:18 +0200",
        text=t("""
            Hola Declan:

            Te escribo para cerrar el proceso del Hotel Cala Nova: finalmente han cubierto el
            puesto de coordinador de restauración con otro candidato, así que no seguiremos
            adelante con tu candidatura para esta posición.

            Si te interesa, seguimos teniendo ofertas de temporada en otros hoteles de la
            zona de Palma. Avísame y lo hablamos.

            Un saludo,
            Marta Serra Vidal
            Servicios Temporales Llevant
        """),
    ),
    msg(
        id="rcbalear_rej", kind=K, lang="es", company="Restauración Colectiva Balear",
        frm=("Restauración Colectiva Balear", "no-reply@teamtailor-mail.com"),
        subj="Actualización sobre tu candidatura",
        date="2026-05-27 08:45 +0200", cte="qp", hdr=("utf-8", "q"),
        html=shell("Restauración Colectiva Balear", [
            "Hola Declan:",
            "Gracias por presentar tu candidatura al puesto de <b>Gerente de Cuenta -"
            " Restauración Hospitalaria</b>.",
            "Tras revisar tu perfil, lamentamos comunicarte que en esta ocasión no has sido"
            " seleccionado para continuar en el proceso.",
            "Conservaremos tus datos para futuras vacantes que encajen con tu experiencia.",
            "Un saludo,<br>Equipo de Personas - Restauración Colectiva Balear",
        ], colour="#00606f", lang="es"),
    ),
    msg(
        id="palmaarena_rej", kind=K, lang="es", company="Palma Arena Eventos",
        frm=("Biel Mascaró", "biel.mascaro@palmaarena.example.es"),
        subj="Proceso de selección Responsable de Hospitality",
        date="2026-07-10 19:20 +0200", cte="8bit",
        text=t("""
            Buenas tardes, Declan:

            Te escribo en nombre de Palma Arena Eventos para informarte de que hemos cancelado
            el proceso de selección para el puesto de Responsable de Hospitality. La dirección
            ha decidido externalizar el servicio de restauración de los eventos a partir de
            septiembre, por lo que el puesto desaparece y no continuaremos con el proceso.

            Lamentamos las molestias y te agradecemos el interés.

            Saludos cordiales,
            Biel Mascaró
            Recursos Humanos - Palma Arena Eventos
        """),
    ),
    msg(
        id="bodegalevante_rej", kind=K, lang="es", company="Grupo Bodega Levante",
        frm=("Grupo Bodega Levante", "empleo-noreply@bodegalevante.example.es"),
        to=DECLAN_ASCII,
        subj="Respuesta a tu candidatura - Director/a de Operaciones",
        date="2026-08-12 10:10 +0200", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        text=t("""
            Estimado/a candidato/a:

            Le agradecemos el interés mostrado en Grupo Bodega Levante y el tiempo dedicado a
            nuestro proceso de selección para el puesto de Director/a de Operaciones.

            Tras analizar detenidamente todas las candidaturas, hemos decidido continuar con
            otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.

            Le deseamos mucho éxito en su carrera profesional.

            Departamento de Recursos Humanos
            Grupo Bodega Levante
        """),
    ),
]

MESSAGES = ENGLISH + GERMAN + FRENCH + SPANISH
