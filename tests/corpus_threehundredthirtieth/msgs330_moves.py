"""interview_reschedule_or_cancel (15) and missed_interview_notice (10)."""

from __future__ import annotations

from msgs330_common import DECLAN_ASCII, calendar, msg, shell, t

R = "interview_reschedule_or_cancel"
M = "missed_interview_notice"
SINEAD = ("Sinéad Ní Dhonnchadha", "sinead.nidhonnchadha@meridalehotels.example.com")
GARETH = ("Gareth Molloy", "gareth.molloy@castellan.example.ie")
NIAMH = ("Niamh Costigan", "niamh.costigan@brigade-hospitality.example.ie")
KATHARINA = ("Katharina Gruber", "katharina.gruber@meridalehotels.example.com")
MARTA = ("Marta Serra Vidal", "marta.serra@llevant-temporal.example.es")

RESCHEDULES = [
    msg(
        id="meridale_move", kind=R, lang="en", company="Meridale Hotels & Resorts",
        frm=SINEAD, hdr=("iso-8859-1", "q"), parent="meridale_inv1", quote="en",
        subj="Updated invitation: interview moved to Thursday 12 March, 14:30",
        date="2026-03-06 08:52 +0000", cte="qp",
        text=t("""
            Hi Declan,

            I'm sorry to do this, but Ronan has been called to a regional meeting in Galway
            on Tuesday, so we need to move your interview. Would Thursday 12 March at 14:30
            work instead? I've updated the calendar invitation - same Teams link.

            Apologies for the inconvenience, and thanks for your flexibility.

            Sinéad

            Sinéad Ní Dhonnchadha
            Talent Acquisition Partner - Ireland & UK
            Meridale Hotels & Resorts
        """),
        ics=calendar(method="REQUEST", uid="mer-dub-20431-int1@meridalehotels.example.com", seq=1,
                 start="20260312T143000", end="20260312T151500", tz="Europe/Dublin",
                 summary="Interview: Declan O Briain-Whitfield - F&B Operations Manager",
                 location="Microsoft Teams Meeting"),
    ),
    msg(
        id="castellan_ac_move", kind=R, lang="en", company="Castellan Catering",
        frm=GARETH, parent="castellan_inv_ac", quote="outlook",
        subj="RE: Assessment day invitation - Catering Operations Lead, Cork",
        date="2026-03-12 12:15 +0000", cte="8bit",
        text=t("""
            Hi Declan,

            Quick update on the assessment day. Our client in Ringaskiddy has an unannounced
            HSE audit next week, so we can't bring visitors on site on the 19th. We're moving
            the whole day to Tuesday 24 March, same times (09:00 - 15:00), same venue.

            Can you confirm you're still available on the new date? Sorry for the shuffle.

            Thanks,
            Gareth

            Gareth Molloy | Talent Lead | Castellan Catering
        """),
    ),
    msg(
        id="leevalley_cancel", kind=R, lang="en", company="Lee Valley University",
        frm=("Dr Fiona Kearney", "f.kearney@leevalley-university.example.ie"),
        cc=[("HR Recruitment", "hr.recruitment@leevalley-university.example.ie")],
        subj="Interview on 6 March - postponed (LVU-CAT-0226)",
        date="2026-03-04 16:03 +0000", cs="iso-8859-1", cte="qp",
        parent="leevalley_inv", quote="en",
        text=t("""
            Dear Declan,

            I regret to let you know that we have to postpone the interviews scheduled for
            Friday 6 March, as one of the board members is unwell and we cannot proceed
            without a full board.

            Your application is not affected in any way. HR will be in touch within the next
            week with a new date, which is likely to be in the week of 16 March.

            Apologies for any inconvenience this may cause.

            Yours sincerely,
            Fiona Kearney
        """),
    ),
    msg(
        id="tessellate_move", kind=R, lang="en", company="Tessellate Restaurant Group",
        frm=("Priya Raman from Tessellate", "no-reply@hire.lever.co"),
        reply_to=("Priya Raman", "priya.raman@tessellate.example.co.uk"),
        subj="Re: Quick chat about the GM role at Tessellate Borough?",
        date="2026-02-23 08:47 +0000", cte="7bit", parent="tessellate_inv", quote="en",
        text=t("""
            Hi Declan,

            Sorry, I've got a clash on Wednesday morning now (opening day drama at our new
            Peckham site!). Could we do Thursday 26th at 11am instead? Same number, I'll
            call you.

            Thanks for bearing with me,
            Priya
        """),
    ),
    msg(
        id="regent_move", kind=R, lang="en", company="Regent Lantern Hotels",
        frm=("Hannah Okafor", "hannah.okafor@regentlantern.example.co.uk"),
        subj="Cancelled: Telephone interview - Declan Whitfield (new time to follow)",
        date="2026-05-22 14:31 +0100", cte="qp",
        text=t("""
            Dear Declan,

            Unfortunately I have to cancel our call on Wednesday 27 May, as I will be at an
            all-day leadership offsite. I am very sorry for the short notice.

            I would like to speak to you on Thursday 28 May at 15:00 instead. I'll send a new
            calendar invitation separately; please disregard the previous one.

            Kind regards,
            Hannah Okafor
            Talent Acquisition Manager, Regent Lantern Hotels
        """),
        ics=calendar(method="CANCEL", uid="rlh-04417-okafor-1@regentlantern.example.co.uk",
                 seq=1, start="20260527T150000", end="20260527T153000", tz="Europe/London",
                 summary="Telephone interview - Declan Whitfield", location="Telephone",
                 attach=True),
    ),
    msg(
        id="calton_move", kind=R, lang="en", company="Calton Rock Hotels",
        frm=("Euan Baird", "no-reply@ashbyhq.com"),
        reply_to=("Euan Baird", "euan.baird@caltonrock.example.co.uk"),
        subj="Your interview with Calton Rock Hotels has been rescheduled",
        date="2026-06-12 16:05 +0100", cte="qp",
        html=shell("Calton Rock Hotels", [
            "Hi Declan,",
            "Your interview for <b>Food &amp; Beverage Manager</b> has been rescheduled.",
            "<s>Tuesday 16 June 2026, 14:00 - 14:45 BST</s><br>"
            "<b>New time: Wednesday 17 June 2026, 10:00 - 10:45 BST</b>",
            "Note from Euan: Morag has a site inspection on Tuesday afternoon, so we've moved"
            " you to Wednesday morning. The video link stays the same. Hope that's OK!",
            "<a href=\"https://jobs.ashbyhq.com/caltonrock/schedule/6b1d2a90\">View or change"
            " your interview</a>",
        ], colour="#3d2b56"),
    ),
    msg(
        id="brigade_marlowe_move", kind=R, lang="en", company="The Marlowe Hotel",
        frm=NIAMH, parent="brigade_marlowe_inv", quote="en",
        subj="Re: Interview with The Marlowe Hotel, Limerick - Mon 23rd",
        date="2026-03-20 12:38 +0000", cte="qp",
        text=t("""
            Hi Declan,

            Small change - Brendan at The Marlowe has a wedding walk-through that's been
            moved to Monday afternoon, so they've asked to push your interview to Wednesday
            25 March at 11:00. Same place, same people.

            Can you let me know if that works? If it doesn't I'll go back to them.

            Niamh
        """),
    ),
    msg(
        id="meridale_wien_move", kind=R, lang="de", company="Meridale Hotels & Resorts",
        frm=KATHARINA, parent="meridale_wien_inv1", quote="de",
        subj="Terminverschiebung: Vorstellungsgespräch am 20. August, 16:00 Uhr",
        date="2026-08-14 09:12 +0200", cte="qp",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            leider muss Herr Leitner kurzfristig an einer Eigentümersitzung teilnehmen. Wir
            müssen unser Gespräch daher vom 18. August auf Donnerstag, 20. August 2026,
            16:00 Uhr verschieben. Die aktualisierte Kalendereinladung finden Sie anbei, der
            Teams-Link bleibt gleich.

            Wir bitten um Ihr Verständnis und freuen uns auf das Gespräch.

            Mit freundlichen Grüßen
            Katharina Gruber
            HR Director, Meridale Wien Ringstraße
            Meridale Hotels & Resorts
        """),
        ics=calendar(method="REQUEST", uid="mer-vie-21877-int1@meridalehotels.example.com", seq=1,
                 start="20260820T160000", end="20260820T170000", tz="Europe/Vienna",
                 summary="Vorstellungsgespräch Declan O Briain-Whitfield - Director F&B",
                 location="Microsoft Teams"),
    ),
    msg(
        id="donaukanal_cancel", kind=R, lang="de", company="Donaukanal Hotels",
        frm=("Stefan Wallner via Personio", "noreply@personio.de"),
        reply_to=("Stefan Wallner", "s.wallner@donaukanal-hotels.example.at"),
        subj="Absage Ihres Interviewtermins am 12.03.2026",
        date="2026-03-10 17:20 +0100", cte="b64",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            leider müssen wir den Interviewtermin am Donnerstag, 12. März 2026, um 11:00 Uhr
            absagen, da Herr Wallner krankheitsbedingt ausfällt.

            Ihre Bewerbung bleibt selbstverständlich im Verfahren. Wir melden uns in den
            nächsten Tagen mit einem neuen Terminvorschlag.

            Freundliche Grüße
            Donaukanal Hotels
        """),
    ),
    msg(
        id="gastwerk_move", kind=R, lang="de", company="Gastwerk Catering",
        frm=("Julia Brandstätter", "j.brandstaetter@gastwerk-catering.example.at"),
        subj="AW: Telefoninterview Betriebsleitung Catering - Terminvorschlag",
        date="2026-07-24 15:02 +0200", cs="windows-1252", cte="qp", hdr=("windows-1252", "q"),
        parent="gastwerk_inv", quote="de",
        text=t("""
            Hallo Herr Whitfield,

            danke für Ihre Bestätigung. Leider ist mir am Montag ein Termin mit der
            Geschäftsführung dazwischengekommen - können wir das Telefonat auf Dienstag,
            28. Juli, 10:00 Uhr verschieben? Ich rufe Sie wie besprochen an.

            Viele Grüße
            Julia Brandstätter
            Gastwerk Catering
        """),
    ),
    msg(
        id="garonne_move", kind=R, lang="fr", company="Groupe Garonne Hospitalité",
        frm=("Sophie Lacaze", "sophie.lacaze@garonne-hospitalite.example.fr"),
        subj="Re: Invitation à un entretien visio - Responsable Restauration",
        date="2026-03-11 09:36 +0100", cte="qp", parent="garonne_inv", quote="fr",
        text=t("""
            Bonjour Declan,

            Je suis contrainte de décaler notre entretien de lundi : un comité de direction
            a été avancé au même créneau. Je vous propose le mardi 17 mars à 10h00, avec le
            même lien de visio.

            Pouvez-vous me confirmer que cela vous convient ? Toutes mes excuses pour ce
            changement.

            Bien cordialement,
            Sophie Lacaze
            DRH - Groupe Garonne Hospitalité
        """),
    ),
    msg(
        id="mascaret_move", kind=R, lang="fr", company="Brasseries Mascaret",
        frm=("Thibault Roux", "thibault.roux@brasseries-mascaret.example.fr"),
        subj="Report de votre entretien de vendredi",
        date="2026-06-18 11:14 +0200", cte="8bit",
        text=t("""
            Bonjour Declan,

            Pierre-Yves doit se rendre à Arcachon vendredi pour l'ouverture de notre nouvelle
            adresse et ne pourra pas vous recevoir à 16h comme prévu. Nous vous proposons de
            reporter l'entretien au mardi 23 juin à 15h, même lieu, ou en visio si vous
            préférez.

            Désolé pour ce contretemps.

            Thibault Roux
            Responsable RH - Brasseries Mascaret
        """),
    ),
    msg(
        id="tramuntana_move", kind=R, lang="es", company="Grupo Hotelero Tramuntana",
        frm=("Carmen Roselló", "carmen.rosello@tramuntana-hoteles.example.es"),
        subj="RE: Entrevista para Jefe/a de Alimentos y Bebidas - Hotel Tramuntana Portixol",
        date="2026-03-17 18:21 +0100", cte="qp", hdr=("utf-8", "q"),
        parent="tramuntana_inv", quote="es",
        text=t("""
            Hola de nuevo, Declan:

            Joan tiene una inspección de Sanidad el jueves a mediodía, así que tenemos que
            cambiar la hora de la entrevista. ¿Te va bien el mismo jueves 19 a las 17:00? El
            enlace es el mismo.

            Perdona el cambio.

            Carmen
        """),
    ),
    msg(
        id="meridale_palma_move", kind=R, lang="es", company="Meridale Hotels & Resorts",
        frm=("Lucía Ferrer", "lucia.ferrer@meridalehotels.example.com"),
        to=DECLAN_ASCII,
        subj="Cambio de fecha: entrevista Food & Beverage Manager - Meridale Palma Bay",
        date="2026-07-31 13:48 +0200", cte="qp",
        text=t("""
            Hola Declan:

            Andreu tiene que viajar a Madrid el 5 de agosto, por lo que necesitamos mover la
            entrevista al jueves 6 de agosto a las 18:00 (hora de Palma). Te he enviado la
            invitación actualizada.

            Gracias por tu comprensión.

            Lucía Ferrer
            People & Culture Manager - Meridale Palma Bay
            Meridale Hotels & Resorts
        """),
        ics=calendar(method="REQUEST", uid="mer-pmi-21902-int1@meridalehotels.example.com", seq=1,
                 start="20260806T180000", end="20260806T184500", tz="Europe/Madrid",
                 summary="Entrevista Food & Beverage Manager - Declan Whitfield",
                 location="Microsoft Teams"),
    ),
    msg(
        id="llevant_cancel", kind=R, lang="es", company="Hotel Cala Nova",
        frm=MARTA, cs="windows-1252", cte="8bit", hdr=("windows-1252", "b"),
        subj="Anulada la entrevista del jueves con Hotel Cala Nova",
        date="2026-06-17 09:05 +0200",
        text=t("""
            Hola Declan:

            Me acaba de llamar Xisca Bonet, del Hotel Cala Nova: mañana tienen una auditoría
            de la cadena y han anulado todas las entrevistas del jueves.

            Tu candidatura sigue adelante; me han dicho que te quieren ver la semana que
            viene. Te llamo en cuanto me den nueva fecha.

            Un saludo,
            Marta
            Servicios Temporales Llevant
        """),
    ),
]

MISSED = [
    msg(
        id="amc_missed", kind=M, lang="en", company="Atlantic Meridian Cruises",
        frm=("Kirsty Mair", "kirsty.mair@atlanticmeridian.example.com"),
        subj="Your video screening today - we missed you",
        date="2026-02-19 14:38 +0000", cte="qp",
        text=t("""
            Hi Declan,

            I was on the Zoom call for your video screening at 14:00 today and waited for
            about 15 minutes, but unfortunately you didn't join.

            I hope everything is OK. If there was a technical problem or something came up,
            just let me know and I can see whether another slot is possible next week.

            Best wishes,
            Kirsty Mair
            Fleet Recruitment Specialist
            Atlantic Meridian Cruises | Ocean House, Canute Road, Southampton SO14 3FJ
        """),
    ),
    msg(
        id="shandon_missed", kind=M, lang="en", company="Shandon Park Stadium",
        frm=("Conor Buckley", "conor.buckley@shandonpark.example.ie"),
        subj="Today's trial shift?",
        date="2026-03-14 13:05 +0000", cte="7bit", parent="shandon_inv", quote="en",
        text=t("""
            Declan,

            We were expecting you at the Hospitality Office at 12:00 for the trial shift and
            there's no sign of you. Emma rang your mobile twice but it went to voicemail.

            Gates open at 15:15 so there's no way to fit you in today. Let me know what
            happened.

            Conor
        """),
    ),
    msg(
        id="regent_missed", kind=M, lang="en", company="Regent Lantern Hotels",
        frm=("Hannah Okafor", "hannah.okafor@regentlantern.example.co.uk"),
        subj="Missed call - telephone interview today at 15:00",
        date="2026-05-28 15:24 +0100", cte="qp",
        text=t("""
            Dear Declan,

            I tried to call you at 15:00 today for our rescheduled telephone interview, and
            again at 15:10, but there was no answer and I was not able to leave a voicemail.

            Could you let me know whether you are still interested in the role? If so, please
            send me two or three times that would suit you next week.

            Kind regards,

            Hannah Okafor
            Talent Acquisition Manager
            Regent Lantern Hotels | 40 Long Acre, London WC2E 9LG

            CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient and
            may contain privileged information. If you are not the intended recipient, please
            notify the sender immediately and delete this e-mail.
        """),
    ),
    msg(
        id="rotarunner_missed", kind=M, lang="en", company="Rota Runner",
        frm=("Rota Runner", "no-reply@rotarunner.example.com"),
        subj="No-show recorded: venue interview on Fri 5 June, 11:00",
        date="2026-06-05 11:46 +0100", cte="qp",
        html=shell("Rota Runner", [
            "Hi Declan,",
            "The venue has told us you did not attend your in-person interview for <b>Events"
            " Supervisor - Hospitality</b> today at <b>11:00</b>. They waited for you at the"
            " staff entrance for 20 minutes.",
            "A no-show has been added to your reliability score. If something went wrong,"
            " tap below to explain and ask the venue for another slot.",
            "<a href=\"https://app.rotarunner.example.com/noshow/77f1c\">Explain what"
            " happened</a>",
            "The Rota Runner team",
        ], footer="Rota Runner, 3 Lapps Quay, Cork.", colour="#ff5a36"),
    ),
    msg(
        id="kesslerpohl_missed", kind=M, lang="de", company="Hotelgruppe Alte Donau",
        frm=("Mag. Verena Pohl", "v.pohl@kesslerpohl.example.at"),
        subj="Unser Termin heute 14:00 Uhr - Hotelgruppe Alte Donau",
        date="2026-04-02 14:26 +0200", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "q"),
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            Herr Reisinger von der Hotelgruppe Alte Donau und ich haben heute ab 14:00 Uhr im
            Zoom-Meeting auf Sie gewartet. Leider haben Sie sich nicht eingewählt, und
            telefonisch konnte ich Sie ebenfalls nicht erreichen.

            Bitte melden Sie sich kurz bei mir, damit ich unserem Mandanten eine Rückmeldung
            geben kann.

            Mit freundlichen Grüßen
            Verena Pohl
            Kessler & Pohl Personalberatung
        """),
    ),
    msg(
        id="gastwerk_missed", kind=M, lang="de", company="Gastwerk Catering",
        frm=("Julia Brandstätter", "j.brandstaetter@gastwerk-catering.example.at"),
        subj="Telefontermin heute 10:00 Uhr",
        date="2026-07-28 10:47 +0200", cs="windows-1252", cte="8bit", hdr=("windows-1252", "q"),
        text=t("""
            Guten Tag Herr Whitfield,

            leider konnte ich Sie heute zum vereinbarten Telefontermin um 10:00 Uhr nicht
            erreichen. Ich habe es dreimal versucht, zuletzt um 10:20 Uhr.

            Falls Sie weiterhin Interesse an der Position haben, geben Sie mir bitte bis
            Freitag Bescheid.

            Freundliche Grüße
            Julia Brandstätter
            Gastwerk Catering
        """),
    ),
    msg(
        id="maisontalent_missed", kind=M, lang="fr", company="Hôtel des Quais",
        frm=("Camille Dufresne", "camille.dufresne@maisontalent.example.fr"),
        subj="Entretien Hôtel des Quais - Mme Peyrelongue n'a pas pu vous joindre",
        date="2026-04-16 11:41 +0200", cs="iso-8859-1", cte="qp", hdr=("iso-8859-1", "b"),
        text=t("""
            Bonjour Monsieur Whitfield,

            Mme Peyrelongue, de l'Hôtel des Quais, vient de me contacter : elle a essayé de
            vous appeler à 11h00 pour votre entretien, puis à 11h15, sans réponse.

            Pouvez-vous me rappeler rapidement ? Je vais essayer de lui proposer un nouveau
            créneau, mais je ne peux rien vous garantir.

            Camille Dufresne
            Maison Talent Hôtellerie
            Tél. : +33 5 56 44 19 02
        """),
    ),
    msg(
        id="campusgourmet_missed", kind=M, lang="fr", company="Campus Gourmet Aquitaine",
        frm=("Julien Arrighi", "julien.arrighi@campusgourmet.example.fr"),
        subj="Journée d'immersion de ce matin",
        date="2026-05-12 10:14 +0200", cte="qp", parent="campusgourmet_inv", quote="fr",
        text=t("""
            Bonjour Monsieur Ó Briain-Whitfield,

            Nous vous attendions ce matin à 8h30 au restaurant Le Vent Debout pour la journée
            d'immersion, mais vous ne vous êtes pas présenté et nous n'avons pas eu de
            nouvelles.

            Merci de nous indiquer si vous souhaitez poursuivre le processus.

            Cordialement,
            Julien Arrighi
            Campus Gourmet Aquitaine
        """),
    ),
    msg(
        id="llevant_missed", kind=M, lang="es", company="Hotel Cala Nova",
        frm=MARTA, cs="windows-1252", cte="qp", hdr=("windows-1252", "q"),
        subj="¿Qué ha pasado con la entrevista de hoy?",
        date="2026-06-22 11:09 +0200",
        text=t("""
            Hola Declan:

            Me llama Xisca desde el Hotel Cala Nova: te estuvieron esperando en recepción a
            las 10:00 para la entrevista que reprogramamos y no apareciste. Yo también te he
            llamado dos veces y no lo coges.

            Dime algo cuanto antes, por favor, que tengo que darles una respuesta hoy.

            Marta
            Servicios Temporales Llevant
        """),
    ),
    msg(
        id="amc_es_missed", kind=M, lang="es", company="Atlantic Meridian Cruises",
        frm=("Iñaki Berasategui", "inaki.berasategui@atlanticmeridian.example.com"),
        subj="Jornada de evaluación de hoy - no te hemos visto",
        date="2026-04-15 10:06 +0200", cte="qp", hdr=("utf-8", "b"),
        text=t("""
            Hola Declan:

            Hoy a las 9:00 empezaba la jornada de evaluación en la oficina de tripulación del
            puerto y no te has presentado. Te hemos llamado al móvil sin éxito.

            Si ha habido algún problema, escríbeme hoy mismo: tenemos otra jornada el 29 de
            abril y podría intentar incluirte.

            Saludos,
            Iñaki Berasategui
            Crew Recruitment Officer - Atlantic Meridian Cruises
        """),
    ),
]

MESSAGES = RESCHEDULES + MISSED
