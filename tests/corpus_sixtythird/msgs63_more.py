"""Reschedules, missed-interview notices, acknowledgements, offers and a few more rejections and
invitations of the sixty-third corpus (hand-written data)."""

from __future__ import annotations

from msgs63_base import E

R = "rejection"
INV = "interview_invitation"
C = "interview_reschedule_or_cancel"
M = "missed_interview_notice"
A = "application_received"
OFF = "offer"

ENTRIES = [
    E(R, "after_second_interview_de_du", "de", "Nordlicht Mobility", "katja.r@nordlicht-mobility.example.de",
      "Katja Reimers <katja.r@nordlicht-mobility.example.de>",
      "Update zu deinem Prozess", "2026-06-24 17:05 +0200",
      """Hi Lukas,

erstmal danke, dass du dir für die beiden Gespräche so viel Zeit genommen hast – das Team war echt angetan von deiner Art.

Wir haben uns am Ende aber für eine andere Kandidatin entschieden, die schon Erfahrung mit unserem Flottenmodell mitbringt. Ich weiß, das ist nach zwei Runden besonders blöd, sorry dafür.

Wenn du magst, geb ich dir gern noch ausführlicheres Feedback in einem kurzen Call.

Liebe Grüße
Katja
Katja Reimers · Talent Lead
Nordlicht Mobility · Berlin"""),

    E(INV, "stepstone_employer_de", "de", "Tannberg Agrarhandel", "s.ebeling@tannberg-agrar.example.de",
      "Sören Ebeling <s.ebeling@tannberg-agrar.example.de>",
      "Ihre Bewerbung über StepStone: Einkäufer Futtermittel", "2026-07-14 10:48 +0200",
      """Sehr geehrter Herr Brenner-Osei,

danke für Ihre Bewerbung, die wir über StepStone erhalten haben. Ihr Werdegang passt gut zu dem, was wir suchen.

Ich würde Sie gern zu einem ersten Kennenlernen in unsere Zentrale nach Cloppenburg einladen, alternativ auch per Video. Mögliche Termine: 21.07. ab 13 Uhr oder 23.07. vormittags.

Freundliche Grüße
Sören Ebeling
Geschäftsführer
Tannberg Agrarhandel GmbH""",
      charset="windows-1252", cte="quoted-printable"),

    E(INV, "fr_visio_casual_fr", "fr", "Hexalis", "julie@hexalis.example.fr",
      "Julie Marchand <julie@hexalis.example.fr>",
      "Un petit échange ?", "2026-08-25 09:12 +0200",
      """Hello Lukas,

J'ai bien reçu ta candidature pour le poste d'Ops Excellence Manager, merci ! Ton parcours nous intéresse beaucoup.

Est-ce que tu serais dispo pour une visio de 30 min avec moi cette semaine ? Je te propose jeudi 14h ou vendredi 10h. Sinon dis-moi ce qui t'arrange.

À très vite,
Julie
Head of People @ Hexalis""",
      fmt="alt", style="simple"),

    # ---------------------------------------------------------------- reschedules / cancellations
    E(C, "verschieben_de", "de", "Elbtal Chemie", "n.brandt@elbtal-chemie.example.de",
      "Nadine Brandt <n.brandt@elbtal-chemie.example.de>",
      "AW: Telefoninterview Demand Planner", "2026-01-19 16:22 +0100",
      """Hallo Herr Brenner-Osei,

leider muss ich unseren Termin morgen um 10 Uhr verschieben, Herr Albers ist kurzfristig auf Dienstreise. Wäre Ihnen Donnerstag, 22.01., zur gleichen Uhrzeit recht?

Entschuldigen Sie die Umstände!

Viele Grüße
Nadine Brandt
Talent Acquisition
Elbtal Chemie AG

-----Ursprüngliche Nachricht-----
Von: Lukas Brenner-Osei <lukas.bo@example.de>
Gesendet: Mittwoch, 14. Januar 2026 12:40
An: Nadine Brandt <n.brandt@elbtal-chemie.example.de>
Betreff: AW: Telefoninterview Demand Planner

Sehr geehrte Frau Brandt,
der Dienstag um 10:00 Uhr passt mir sehr gut. Sie erreichen mich unter 0151 5550 4471.
Ich freue mich auf das Gespräch.
Mit freundlichen Grüßen
Lukas Brenner-Osei""",
      reply_of="1401.lbo.elbtal@example.de", fmt="alt", style="outlook"),

    E(C, "ics_cancel_en", "en", "Kestrel Pharma", "amelia.ross@kestrelpharma.example.com",
      "Amelia Ross <amelia.ross@kestrelpharma.example.com>",
      "Cancelled: Onsite interview - Lukas Brenner-Osei (S&OP Manager)", "2026-03-12 18:02 +0100",
      """Dear Lukas,

I'm very sorry, but we need to cancel Tuesday's onsite in Basel - the hiring manager has been called to an urgent site issue in Singapore. I'll come back to you early next week with new dates; the process itself is very much still on.

Apologies for the short notice.

Amelia""",
      fmt="ics", style="outlook",
      ics={"uid": "KP-R-7731-onsite-LBO@kestrelpharma.example.com", "start": "2026-03-17 09:30 +0100", "minutes": 210,
               "summary": "Onsite interview - Lukas Brenner-Osei (S&OP Manager)", "method": "CANCEL", "sequence": 1}),

    E(C, "neuer_termin_agency_de", "de", "Ostwind Netze", "a.kurz@lindenhof-consult.example.de",
      "Andrea Kurz <a.kurz@lindenhof-consult.example.de>",
      "Terminänderung Ostwind", "2026-03-31 08:17 +0200",
      """Guten Morgen Herr Brenner-Osei,

kleine Änderung: Frau Dr. Rehfeld schafft es am Freitag erst um 14:30 Uhr statt um 11:00 Uhr. Ort bleibt gleich. Geht das bei Ihnen? Kurze Rückmeldung genügt.

Herzliche Grüße
Andrea Kurz
Lindenhof Consult""",
      charset="windows-1252"),

    E(C, "interviewer_sick_en", "en", "Lattice Freight", "priya.menon@latticefreight.example.com",
      "Priya Menon <priya.menon@latticefreight.example.com>",
      "Re: Case interview - need to move", "2026-04-29 07:55 +0200",
      """Hi Lukas,

Really sorry - one of your interviewers is off sick today, so we need to push this afternoon's case session. Could you do Monday at the same time instead? I've put a hold in, feel free to decline if it doesn't work.

Thanks for your flexibility,
Priya

On Tue, Apr 28, 2026 at 4:10 PM Lukas Brenner-Osei <lukas.bo@example.de> wrote:
> Hi Priya, booked Wednesday 3pm. Looking forward to it!
> Lukas""",
      reply_of="CAM+lbo.lattice.0428@mail.example.de", fmt="alt", style="simple"),

    E(C, "absage_termin_stelle_bleibt_de", "de", "Kronberg Chemie", "julia.seidel@kronberg-chemie.example.com",
      '"Seidel, Julia" <julia.seidel@kronberg-chemie.example.com>',
      "Abgesagt: Vorstellungsgespräch Global Category Buyer", "2026-05-15 13:40 +0200",
      """Hallo Herr Brenner-Osei,

leider muss ich den Termin am 19.05. absagen – Herr Ackermann fällt krankheitsbedingt länger aus. Wir möchten das Gespräch aber unbedingt nachholen und melden uns, sobald wir einen neuen Termin haben, voraussichtlich Anfang Juni.

Viele Grüße
Julia Seidel""",
      fmt="ics", style="outlook",
      ics={"uid": "040000008200E00074C5B7101A82E008-kronberg-0519", "start": "2026-05-19 14:00 +0200", "minutes": 60,
               "summary": "Vorstellungsgespräch Brenner-Osei", "method": "CANCEL", "sequence": 2,
               "location": "Kronberg Chemie, Gebäude B12"}),

    E(C, "moved_to_video_fr", "fr", "Maison Berthier", "sophie.nguyen@maison-berthier.example.fr",
      "Sophie Nguyen <sophie.nguyen@maison-berthier.example.fr>",
      "Changement pour jeudi", "2026-02-24 12:30 +0100",
      """Bonjour Lukas,

Petit changement pour jeudi : Marc Duval sera finalement en déplacement à Anvers, nous devons donc décaler l'entretien au lundi 2 mars à 11h. Il aura lieu sur site comme prévu.

Pouvez-vous me confirmer que cela vous convient ? Toutes mes excuses pour ce contretemps.

Bien à vous,
Sophie""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(C, "reschedule_es", "es", "Puerto Levante Logística", "rrhh@puertolevante.example.es",
      "RRHH Puerto Levante <rrhh@puertolevante.example.es>",
      "RE: Entrevista - Técnico/a de Compras", "2026-04-13 15:05 +0200",
      """Buenas tardes, Lukas:

Lamentamos comunicarle que, por motivos de agenda del responsable de Compras, la entrevista prevista para mañana martes a las 10:00 h debe aplazarse.

Le proponemos como nueva fecha el jueves 16 de abril a las 12:30 h, por la misma plataforma. Le agradeceríamos que nos confirmara si le viene bien.

Disculpe las molestias.

Un cordial saludo,
Departamento de RRHH
Puerto Levante Logística""",
      reply_of="0409.lbo.levante@example.de", fmt="alt", style="outlook"),

    E(C, "goodtime_rescheduled_en", "en", "Quarrystone Energy", "",
      "Quarrystone Energy Recruiting <scheduling@goodtime.example.io>",
      "Your interview has been rescheduled", "2026-02-26 10:10 +0000",
      """Hi Lukas,

Your panel interview with Quarrystone Energy has been rescheduled because an interviewer is no longer available.

New time: Wednesday, 4 March 2026, 13:00 - 15:30 CET
Video link: unchanged

If this time doesn't work for you, use the link below to request a different time.
URL: Request a new time

Quarrystone Energy Talent Team""",
      fmt="ics", style="ats", alt="Quarrystone Energy", foot="Powered by GoodTime",
      ics={"uid": "gt-qse-883104@goodtime.example.io", "start": "2026-03-04 13:00 +0100", "minutes": 150,
               "summary": "Quarrystone Energy - Panel interview (Lukas Brenner-Osei)", "sequence": 1,
               "location": "Video call"}),

    E(C, "casual_moving_de_du", "de", "Silbermöwe Versand", "lena.wolter@silbermoewe.example.de",
      "Lena Wolter <lena.wolter@silbermoewe.example.de>",
      "Re: Gespräch Teamlead Demand Planning?", "2026-05-14 19:44 +0200",
      """Hey Lukas, blöde Nachricht: unsere Head of SC muss morgen zum Kunden, wir müssen den Call um 11 leider verschieben. Kannst du Montag 9:30? Sorry!!

Lena

Von meinem Smartphone gesendet

Am 12.05.2026 um 14:03 schrieb Lukas Brenner-Osei <lukas.bo@example.de>:
> Hallo Lena, Freitag 11 Uhr passt super. Bis dann! Lukas""",
      reply_of="1205.lbo.silbermoewe@example.de"),

    E(C, "oeffentlich_verlegt_de", "de", "Landesamt für Bau und Liegenschaften Niedersachsen", "auswahl@lbl.niedersachsen.example.de",
      "Landesamt für Bau und Liegenschaften - Personal <auswahl@lbl.niedersachsen.example.de>",
      "Verlegung Ihres Vorstellungsgesprächs am 28.04.2026", "2026-04-21 10:15 +0200",
      """Sehr geehrter Herr Brenner-Osei,

aus dienstlichen Gründen muss das für den 28.04.2026, 09:00 Uhr, vorgesehene Vorstellungsgespräch verlegt werden. Die Auswahlkommission tritt nunmehr am 05.05.2026 zusammen. Ihr Gesprächstermin ist dann um 10:15 Uhr im selben Raum.

Wir bitten, die Änderung zu entschuldigen, und um kurze Bestätigung.

Mit freundlichen Grüßen
Im Auftrag
Gerdes
Landesamt für Bau und Liegenschaften Niedersachsen
Referat 12 - Personal""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(C, "assessment_moved_en_indian", "en", "Tarangini Textiles", "talent@taranginitextiles.example.in",
      "Talent Team Tarangini <talent@taranginitextiles.example.in>",
      "Re-schedule of Assessment - Sourcing Manager Europe", "2026-06-08 11:25 +0530",
      """Dear Lukas,

Greetings of the day!

This is to inform you that the online assessment and HR discussion scheduled on 10th June 2026 stands postponed owing to unavoidable circumstances. The revised schedule is 12th June 2026, 2:00 PM IST (10:30 AM CEST).

Kindly acknowledge the receipt of this mail and confirm your availability at the earliest.

Thanks & Regards,
Deepika Rao
Talent Acquisition
Tarangini Textiles Ltd.
Tiruppur | Hamburg Liaison Office""",
      charset="windows-1252"),

    E(C, "onsite_cancel_process_cont_de", "de", "Hansewerft Maschinenbau", "r.claussen@hansewerft.example.de",
      "Rieke Claußen <r.claussen@hansewerft.example.de>",
      "Zweitgespräch am 18.02. muss leider ausfallen", "2026-02-16 09:03 +0100",
      """Hallo Herr Brenner-Osei,

wegen der Sturmflutwarnung bleibt unser Werk am Mittwoch geschlossen, daher muss das Zweitgespräch vor Ort leider ausfallen. Ich schlage Ihnen in den nächsten Tagen zwei Ersatztermine vor.

Beste Grüße
Rieke Claußen
Hansewerft Maschinenbau GmbH""",
      fmt="alt", style="outlook"),

    E(C, "spanish_casual_cambio_es", "es", "Viña Cordillera", "m.araya@vinacordillera.example.cl",
      "Matías Araya <m.araya@vinacordillera.example.cl>",
      "Re: Conversación puesto Coordinador Logístico Europa", "2026-07-09 09:10 -0400",
      """Lukas, disculpa, me surgió un viaje a Santiago justo el jueves. ¿Podemos mover la videollamada al lunes 13 a la misma hora? Me avisas.

Saludos,
Matías

El mié, 8 jul 2026 a las 11:20, Lukas Brenner-Osei (<lukas.bo@example.de>) escribió:
> Hola Matías, el jueves a las 16:00 me viene perfecto. ¡Gracias!
> Lukas""",
      reply_of="0708.lbo.cordillera@example.de"),

    E(C, "headhunter_client_postpones_de", "de", "Rasmussen Anlagenbau", "m.held@held-executive.example.de",
      "Martin Held <m.held@held-executive.example.de>",
      "Termin Rasmussen nächste Woche", "2026-09-21 12:50 +0200",
      """Hallo Herr Brenner-Osei,

der Kunde musste das Gespräch am Dienstag leider absagen, der Werkleiter ist kurzfristig verhindert. Rasmussen Anlagenbau will Sie aber unbedingt sehen – wir finden zeitnah einen neuen Termin, ich melde mich bis Donnerstag mit Vorschlägen.

Beste Grüße
Martin Held
Held Executive Partners · Düsseldorf
+49 211 5558 9020""",
      fmt="alt", style="outlook"),

    E(C, "teams_update_en", "en", "Brightmoor Retail", "olivia.grant@brightmoor.example.com",
      "Olivia Grant <olivia.grant@brightmoor.example.com>",
      "Updated invitation: Brightmoor | Lukas Brenner-Osei - 2nd interview", "2026-02-20 14:41 +0000",
      """Hi Lukas,

Our Head of Planning has a clash, so I've moved the second interview from Tuesday 24th to Wednesday 25th February, 3pm UK time (4pm CET). Same Teams link. Updated invite attached.

Thanks,
Olivia""",
      fmt="ics", style="outlook",
      ics={"uid": "brightmoor-2nd-lbo-0224@brightmoor.example.com", "start": "2026-02-25 15:00 +0000", "minutes": 60,
               "summary": "Brightmoor | Lukas Brenner-Osei - 2nd interview", "sequence": 1}),

    # ---------------------------------------------------------------- missed interview notices
    E(M, "tried_calling_de", "de", "Elbtal Chemie", "n.brandt@elbtal-chemie.example.de",
      "Nadine Brandt <n.brandt@elbtal-chemie.example.de>",
      "Unser Telefoninterview heute", "2026-01-22 10:21 +0100",
      """Hallo Herr Brenner-Osei,

wir haben heute um 10:00 Uhr zweimal versucht, Sie unter der angegebenen Nummer zu erreichen, leider ohne Erfolg.

Ist etwas dazwischengekommen? Geben Sie mir gern Bescheid, ob wir einen neuen Termin finden sollen.

Viele Grüße
Nadine Brandt
Elbtal Chemie AG""",
      fmt="alt", style="outlook"),

    E(M, "teams_no_join_en", "en", "Corvane Robotics", "marion.keller@corvane.example.com",
      "Marion Keller <marion.keller@corvane.example.com>",
      "Today's call", "2026-01-29 15:40 +0100",
      """Hi Lukas,

I was on the Teams meeting at 15:00 today but you did not join the Teams meeting - I waited about 15 minutes. I hope everything is ok.

If you're still interested in the role, let me know and we can look at another slot.

Best,
Marion Keller
Head of Procurement, Corvane Robotics"""),

    E(M, "agency_no_show_en", "en", "Coralbay Foods", "mick.donovan@coralbay.example.com.au",
      "Mick Donovan <mick.donovan@coralbay.example.com.au>",
      "Missed you this arvo", "2026-06-03 15:12 +0200",
      """Hi Lukas,

Our GM and I waited at the Atlantic for about half an hour this afternoon but didn't see you - no stress, these things happen, but could you let me know what happened? He's in Hamburg till Friday so there might still be a chance.

Cheers,
Mick""",
      fmt="alt", style="simple"),

    E(M, "nicht_erschienen_de", "de", "Bundesagentur für Arbeit", "Regionaldirektion-Nord.Personal@arbeitsagentur.example.de",
      "Regionaldirektion Nord Personal <Regionaldirektion-Nord.Personal@arbeitsagentur.example.de>",
      "Auswahlgespräch am 23.03.2026", "2026-03-23 12:05 +0100",
      """Sehr geehrter Herr Brenner-Osei,

zu dem vereinbarten Auswahlgespräch am heutigen Tage um 10:30 Uhr sind Sie nicht erschienen. Eine Absage lag uns nicht vor.

Sofern Sie aus wichtigem Grund verhindert waren, bitten wir um Mitteilung bis zum 27.03.2026. Andernfalls gehen wir davon aus, dass Sie Ihre Bewerbung nicht weiter verfolgen.

Mit freundlichen Grüßen
Im Auftrag
Claudia Wendt""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(M, "video_waited_de_du", "de", "Fennick", "joel@fennick.example.com",
      "Joel from Fennick <joel@fennick.example.com>",
      "Haben wir uns verpasst?", "2026-03-20 11:18 +0100",
      """Hey Lukas,

Ana und ich saßen um 11 im Google Meet, aber du warst nicht da. Vielleicht ist was mit dem Link schiefgelaufen? Buch dir gern einfach einen neuen Slot, der Link aus der letzten Mail geht weiterhin.

Joel"""),

    E(M, "ats_no_show_fr", "fr", "Hexalis", "julie@hexalis.example.fr",
      "Julie Marchand <julie@hexalis.example.fr>",
      "Notre visio de ce matin", "2026-08-28 10:34 +0200",
      """Bonjour Lukas,

Je t'attendais ce matin à 10h pour notre visio mais tu ne t'es pas connecté. J'espère que tout va bien de ton côté !

Si tu es toujours intéressé, réponds-moi et on trouvera un autre créneau.

Julie""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(M, "no_answer_phone_es", "es", "Puerto Levante Logística", "javier.molina@puertolevante.example.es",
      "Javier Molina <javier.molina@puertolevante.example.es>",
      "Entrevista de hoy", "2026-04-16 12:52 +0200",
      """Hola Lukas,

Te he estado esperando en la videollamada de las 12:30 y también te he llamado al móvil, pero no he conseguido localizarte.

¿Ha pasado algo? Si sigues interesado en el puesto, dime cuándo podrías y lo intentamos de nuevo.

Un saludo,
Javier Molina
Responsable de Compras
Puerto Levante Logística"""),

    E(M, "probearbeit_missed_de", "de", "Brotzeit Manufaktur", "personal@brotzeit-manufaktur.example.de",
      "Brotzeit Manufaktur <personal@brotzeit-manufaktur.example.de>",
      "Probearbeitstag heute", "2026-04-15 09:02 +0200",
      """Servus Herr Brenner-Osei,

unser Lagerleiter hat heute ab 7 Uhr am Tor auf Sie gewartet, Sie sind aber nicht gekommen. Haben Sie den Termin vergessen oder hat sich was geändert?

Bitte melden Sie sich kurz.

Grüße
Thomas Huber
Brotzeit Manufaktur GmbH"""),

    E(M, "we_missed_you_en_polish", "en", "Wisła Components", "k.nowak@wislacomponents.example.pl",
      "Katarzyna Nowak <k.nowak@wislacomponents.example.pl>",
      "Interview 10:00 - we missed you", "2026-03-06 10:26 +0100",
      """Dear Mr. Brenner-Osei,

we had a video interview planned today at 10:00 for the Supply Planner position. The link was active, but you did not connect and we could not reach you by phone.

Please inform me if you want to make a new appointment.

Best regards,
Katarzyna Nowak
HR Specialist, Wisła Components""",
      fmt="alt", style="outlook"),

    E(M, "recruiter_mobile_missed_de", "de", "Rasmussen Anlagenbau", "m.held@held-executive.example.de",
      "Martin Held <m.held@held-executive.example.de>",
      "Wo sind Sie?", "2026-09-29 14:17 +0200",
      """Herr Brenner-Osei, Herr Rasmussen sitzt seit 14 Uhr im Besprechungsraum und wartet. Erreiche Sie telefonisch nicht. Bitte dringend melden!

M. Held

Von meinem iPhone gesendet"""),

    # ---------------------------------------------------------------- acknowledgements
    E(A, "successfactors_eingang_de", "de", "Sondergut Automotive", "",
      "Sondergut Automotive Karriere <karriere-noreply@sondergut.example.com>",
      "Eingangsbestätigung Ihrer Bewerbung", "2026-03-28 22:14 +0100",
      """Sehr geehrter Herr Brenner-Osei,

vielen Dank für Ihre Bewerbung für das Trainee-Programm Einkauf & Supply Chain (Job-ID 71234).

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.
URL: Zum Kandidatenprofil

Ihr Recruiting Center
Sondergut Automotive SE""",
      fmt="html", style="ats", alt="Sondergut Automotive", foot="Sondergut Automotive SE · Sitz Stuttgart · Diese E-Mail wurde automatisch erstellt."),

    E(A, "volume_cannot_respond_en", "en", "Halvorsen Maritime", "",
      "Halvorsen Maritime <halvorsen@myworkday.example.com>",
      "Thank you for applying to Halvorsen Maritime", "2026-01-11 20:02 +0100",
      """Dear Lukas,

Thank you for applying for the S&OP Lead position (R-20931). We have received your application and our recruitment team will review it shortly.

Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If your profile matches the requirements, a member of our team will contact you within four weeks.

You can track your application in your candidate home.

Kind regards,
Talent Acquisition
Halvorsen Maritime A/S""",
      fmt="html", style="ats", alt="Halvorsen Maritime", foot="This mailbox is not monitored."),

    E(A, "personio_kurz_de", "de", "Moorwerk Energie", "",
      "Moorwerk Energie <jobs-noreply@personio.example.de>",
      "Danke für deine Bewerbung!", "2026-03-04 14:31 +0100",
      """Hallo Lukas,

danke für deine Bewerbung als Referent Beschaffung Netzmaterial (m/w/d) – sie ist gut bei uns angekommen!

Wir schauen uns deine Unterlagen in Ruhe an und melden uns so schnell wie möglich bei dir.

Viele Grüße
Dein Moorwerk Energie Team""",
      fmt="html", style="ats", alt="Moorwerk Energie", foot="Powered by Personio"),

    E(A, "no_feedback_stage_en", "en", "Parcelry", "",
      "Parcelry Hiring Team <no-reply@us.greenhouse-mail.example.io>",
      "Thanks for applying to Parcelry!", "2026-02-01 03:12 +0000",
      """Hi Lukas,

Thanks for applying for Supply Chain Operations Lead! Our team will review your application and reach out if there's a match.

Just so you know: unfortunately we are unable to provide individual feedback at this stage of the process, but every application is read by a human.

Best,
Parcelry Talent Team""",
      fmt="alt", style="simple"),

    E(A, "dvinci_de_public", "de", "Universität Bremen", "",
      "Universität Bremen - Bewerbungsportal <noreply@dvinci.uni-bremen.example.de>",
      "Eingangsbestätigung Kennziffer A 41/26", "2026-05-06 09:44 +0200",
      """Sehr geehrter Herr Brenner-Osei,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle „Referent*in für Beschaffung und Vergabe“ (Kennziffer A 41/26).

Bitte haben Sie Verständnis, dass das Auswahlverfahren einige Zeit in Anspruch nehmen kann. Von Nachfragen zum Stand des Verfahrens bitten wir abzusehen; Sie erhalten in jedem Fall eine Nachricht.

Mit freundlichen Grüßen
Dezernat 2 - Personalangelegenheiten
Universität Bremen""",
      fmt="html", style="outlook", charset="iso-8859-1", foot="Bewerbungsportal der Universität Bremen (d.vinci)"),

    E(A, "recruitee_en", "en", "Fennick", "",
      "Fennick <notifications@recruitee.example.com>",
      "We've received your application", "2026-03-12 18:20 +0100",
      """Hi Lukas,

Thanks for applying to the Supply Chain Lead position at Fennick. We got your application and we'll be in touch soon!

In the meantime, check out what we're building: fennick.example.com/about

The Fennick team""",
      fmt="html", style="ats", alt="Fennick", foot="Sent with Recruitee"),

    E(A, "umantis_swiss_de", "de", "Rheinhafen Logistik Basel", "",
      "Rheinhafen Logistik Basel AG <noreply@umantis.example.ch>",
      "Bestätigung Ihrer Bewerbung", "2026-02-22 11:03 +0100",
      """Grüezi Herr Brenner-Osei

Wir danken Ihnen für Ihre Bewerbung als Leiter/in Supply Chain Controlling und das damit verbundene Interesse an der Rheinhafen Logistik Basel AG.

Ihr Bewerbungsdossier ist bei uns eingegangen und wird nun sorgfältig geprüft. Wir werden uns so bald als möglich bei Ihnen melden.

Freundliche Grüsse
HR Rheinhafen Logistik Basel AG""",
      fmt="html", style="ats", charset="iso-8859-1", alt="Rheinhafen Logistik Basel", foot="Rheinhafen Logistik Basel AG · Hafenstrasse 25 · 4057 Basel"),

    E(A, "stadt_eingang_de", "de", "Freie und Hansestadt Hamburg", "",
      "Personalservice BWI <bewerbermanagement-noreply@bwi.hamburg.example.de>",
      "Eingangsbestätigung - Kennziffer BWI 2026/014", "2026-01-26 07:50 +0100",
      """Sehr geehrter Herr Brenner-Osei,

Ihre Bewerbung ist bei uns eingegangen. Vielen Dank für Ihr Interesse an einer Tätigkeit bei der Freien und Hansestadt Hamburg.

Aufgrund der hohen Zahl an Bewerbungen können wir leider keine Zwischennachrichten versenden. Nach Abschluss der Vorauswahl erhalten Sie eine Nachricht von uns.

Mit freundlichen Grüßen
Personalservice
Behörde für Wirtschaft und Innovation""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(A, "smartrecruiters_es", "es", "Grupo Torrealba", "",
      "Grupo Torrealba Empleo <notificaciones@torrealba.example.es>",
      "Hemos recibido tu candidatura", "2026-04-03 19:55 +0200",
      """¡Hola Lukas!

Gracias por tu interés en formar parte de Grupo Torrealba. Hemos recibido correctamente tu candidatura para el puesto de Comprador/a Senior.

Nuestro equipo la revisará en los próximos días. Debido al gran número de candidaturas, lamentablemente no podemos responder a todas de forma individual; si tu perfil encaja, nos pondremos en contacto contigo.

Un saludo,
Equipo de Personas · Grupo Torrealba""",
      fmt="html", style="ats", alt="Grupo Torrealba", foot="Mensaje automático, no respondas."),

    E(A, "human_ack_de_sie", "de", "Feldmann Lebensmittelwerke", "k.oltmanns@feldmann-lw.example.de",
      "Karin Oltmanns <k.oltmanns@feldmann-lw.example.de>",
      "Ihre Bewerbung S&OP Manager", "2026-02-03 13:33 +0100",
      """Guten Tag Herr Brenner-Osei,

herzlichen Dank für Ihre Bewerbung, die wir gern erhalten haben. Wir stimmen uns gerade mit dem Fachbereich ab und kommen bis Ende nächster Woche auf Sie zu.

Freundliche Grüße
Karin Oltmanns
Recruiting & Employer Branding
Feldmann Lebensmittelwerke GmbH & Co. KG""",
      fmt="alt", style="outlook"),

    E(A, "fr_accuse_reception", "fr", "Groupe Roncelin", "",
      "Groupe Roncelin Recrutement <ne-pas-repondre@roncelin.example.fr>",
      "Accusé de réception de votre candidature", "2026-02-27 08:15 +0100",
      """Bonjour Monsieur Brenner-Osei,

Nous accusons bonne réception de votre candidature au poste d'Acheteur Projets H/F et vous en remercions.

Celle-ci va être étudiée avec la plus grande attention. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles avant la fin de la phase de présélection.

Cordialement,
La Direction des Ressources Humaines
Groupe Roncelin""",
      fmt="html", style="ats", charset="iso-8859-1", alt="Groupe Roncelin", foot="Ce message est généré automatiquement."),

    E(A, "taleo_odd_en", "en", "Vireo Chemicals", "",
      "Vireo Chemicals Careers <careers-donotreply@taleo.example.net>",
      "Vireo Chemicals - Job Submission Confirmation", "2026-01-08 23:41 +0000",
      """Dear Lukas Brenner-Osei ,

Thank you for your interest in Vireo Chemicals .  We have received your submission for the position:  Demand Planning Manager - Job Number: 2600417 .

Your application will be reviewed  and  if your qualifications match our needs , a recruiter will contact you .

***  Please do not reply to this message  ***

Sincerely ,
Vireo Chemicals Talent Acquisition""",
      charset="windows-1252", cte="7bit"),

    E(A, "concludis_de", "de", "Weserland Fahrzeugteile", "",
      "Weserland Fahrzeugteile <bewerbung-noreply@concludis.example.de>",
      "Ihre Bewerbung als Lieferantenmanager (m/w/d) – Eingangsbestätigung", "2026-09-27 16:18 +0200",
      """Sehr geehrter Herr Brenner-Osei,

wir haben Ihre Bewerbung erhalten und bedanken uns für Ihr Interesse an der Weserland Fahrzeugteile GmbH.

Wir werden Ihre Unterlagen prüfen und uns zeitnah bei Ihnen melden. Bitte haben Sie Verständnis, dass wir in dieser Phase noch kein individuelles Feedback geben können.

Mit freundlichen Grüßen
Personalabteilung Weserland Fahrzeugteile""",
      fmt="html", style="ats", alt="Weserland Fahrzeugteile", foot="concludis Bewerbermanagement"),

    E(A, "indian_ack_en", "en", "Tarangini Textiles", "talent@taranginitextiles.example.in",
      "Talent Team Tarangini <talent@taranginitextiles.example.in>",
      "Acknowledgement - Application for Sourcing Manager Europe", "2026-05-27 10:02 +0530",
      """Dear Lukas,

Greetings from Tarangini Textiles!

We acknowledge the receipt of your application for the position of Sourcing Manager - Europe. Your profile is under review with the concerned department and we shall revert at the earliest.

Request you to kindly bear with us in the interim.

Thanks & Regards,
Talent Acquisition Team
Tarangini Textiles Ltd."""),

    E(A, "karriere_at_de", "de", "Donauwerk Pharma", "bewerbung@donauwerk-pharma.example.at",
      "Donauwerk Pharma Recruiting <bewerbung@donauwerk-pharma.example.at>",
      "Bewerbungseingang – Supply Chain Planner (w/m/d)", "2026-03-20 09:09 +0100",
      """Sehr geehrter Herr Brenner-Osei!

Vielen Dank für Ihre über karriere.at übermittelte Bewerbung. Ihre Unterlagen sind vollständig bei uns eingelangt.

Wir ersuchen um etwas Geduld – Sie hören in den nächsten zwei bis drei Wochen von uns.

Mit freundlichen Grüßen
Mag. Verena Haider
Human Resources, Donauwerk Pharma GmbH""",
      charset="iso-8859-1"),

    E(A, "workable_en_chilean", "en", "Andes Pacific Shipping", "",
      "Andes Pacific Shipping <noreply@workable.example.com>",
      "Your application to Andes Pacific Shipping", "2026-08-03 02:11 +0200",
      """Hi Lukas,

Thanks for your interest in the Procurement Analyst (Hamburg office) role at Andes Pacific Shipping. Your application has been received.

We will review it carefully. Please note that due to the large number of applications, only shortlisted candidates will be contacted.

Best regards,
Andes Pacific Shipping Hiring Team""",
      fmt="html", style="ats", alt="Andes Pacific Shipping", foot="Powered by Workable"),

    E(A, "prescreen_de_du", "de", "Kistenkind", "",
      "Kistenkind Jobs <noreply@prescreen.example.io>",
      "Wir haben deine Bewerbung erhalten 📦", "2026-01-30 12:12 +0100",
      """Hi Lukas,

mega, dass du dich als Ops Manager bei Kistenkind beworben hast! Deine Bewerbung ist angekommen.

Wir melden uns in den nächsten 10 Tagen bei dir. Falls es länger dauert: keine Sorge, wir haben dich nicht vergessen.

Bis bald
Das Kistenkind-Team""",
      fmt="html", style="ats", alt="Kistenkind", foot="Kistenkind GmbH · Hamburg", encode_subject=True),

    E(A, "rexx_mittelstand_de", "de", "Lohmann & Söhne Landmaschinen", "",
      "Lohmann & Söhne Landmaschinen <bewerbermanagement@rexx.example.de>",
      "Ihre Bewerbung ist eingegangen", "2026-07-20 07:04 +0200",
      """Sehr geehrter Herr Brenner-Osei,

vielen Dank für Ihre Bewerbung als Leiter Materialwirtschaft (m/w/d). Ihre Unterlagen sind bei uns eingegangen.

Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld. Bitte sehen Sie von telefonischen Nachfragen ab.

Mit freundlichen Grüßen
Personalabteilung
Lohmann & Söhne Landmaschinen GmbH
Industriestraße 4-8, 49413 Dinklage

Hinweis: Auf diese automatisch erzeugte Nachricht kann nicht geantwortet werden.""",
      fmt="html", style="outlook", charset="windows-1252", foot="rexx systems"),

    E(A, "hospital_ack_de", "de", "Asklepion Klinikum Nord", "einkauf-personal@asklepion-nord.example.de",
      "Personalabteilung Asklepion Klinikum Nord <einkauf-personal@asklepion-nord.example.de>",
      "Eingangsbestätigung Stellenausschreibung Nr. 26-077", "2026-03-25 13:15 +0100",
      """Sehr geehrter Herr Brenner-Osei,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 24.03.2026 für die Position im Strategischen Einkauf Medizinprodukte.

Leider ist es uns nicht möglich, jedem Bewerber individuell eine Rückmeldung zum Zwischenstand zu geben. Sie erhalten nach Abschluss des Verfahrens eine Nachricht.

Mit freundlichen Grüßen
Personalabteilung
Asklepion Klinikum Nord""",
      charset="windows-1252", cte="quoted-printable"),

    E(A, "spanish_ack_person_es", "es", "Naranjo Fresh", "lucia.ferrer@naranjofresh.example.es",
      "Lucía Ferrer <lucia.ferrer@naranjofresh.example.es>",
      "Candidatura Demand Planner", "2026-02-26 12:40 +0100",
      """Hola Lukas,

Gracias por enviarnos tu candidatura para Demand Planner. La he recibido y la estoy revisando con el equipo de operaciones; en cuanto tengamos algo te escribo, seguramente la semana que viene.

Un saludo,
Lucía
Talento y Cultura · Naranjo Fresh"""),

    # ---------------------------------------------------------------- offers
    E(OFF, "vertrag_de", "de", "Hansewerft Maschinenbau", "r.claussen@hansewerft.example.de",
      "Rieke Claußen <r.claussen@hansewerft.example.de>",
      "Ihr Arbeitsvertrag", "2026-03-09 15:30 +0100",
      """Hallo Herr Brenner-Osei,

wie heute Vormittag am Telefon besprochen, freuen wir uns sehr, Ihnen die Position als Supply Chain Planner anbieten zu können!

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20.03.2026 zurück. Das Gehalt, der Starttermin 01.05.2026 und die 30 Urlaubstage sind wie besprochen berücksichtigt.

Bei Fragen bin ich jederzeit für Sie da.

Beste Grüße
Rieke Claußen
Personalreferentin
Hansewerft Maschinenbau GmbH""",
      fmt="alt", style="outlook", attach="Arbeitsvertrag_Brenner-Osei.pdf"),

    E(OFF, "verbal_offer_followup_en", "en", "Brightmoor Retail", "olivia.grant@brightmoor.example.com",
      "Olivia Grant <olivia.grant@brightmoor.example.com>",
      "Brightmoor - offer", "2026-03-02 17:48 +0000",
      """Hi Lukas,

Lovely to speak earlier - as mentioned on the phone, we're delighted to offer you the role of Inventory Planning Manager!

To summarise what we discussed: base salary of EUR 78,000, 10% bonus target, hybrid (2 days in the Hamburg office), start date to be agreed. The formal offer letter will follow from HR in the next day or two.

Do let me know if you have any questions in the meantime - we're really excited.

Olivia""",
      fmt="alt", style="outlook"),

    E(OFF, "offer_letter_pdf_en", "en", "Kestrel Pharma", "amelia.ross@kestrelpharma.example.com",
      "Amelia Ross <amelia.ross@kestrelpharma.example.com>",
      "Offer of employment - S&OP Manager", "2026-04-08 11:02 +0200",
      """Dear Lukas,

Following your successful interviews, I am pleased to offer you the position of S&OP Manager at Kestrel Pharma in Basel, reporting to the Head of Supply Chain Planning.

Please find your offer letter and the draft employment contract attached. This offer is conditional upon satisfactory references and the granting of a Swiss work permit (B permit), which we will apply for on your behalf.

We would appreciate your response by 17 April 2026.

Warm regards,
Amelia Ross
Talent Acquisition Partner | Kestrel Pharma""",
      fmt="alt", style="outlook", attach="Kestrel_Offer_Letter_LBO.pdf"),

    E(OFF, "zusage_du_startup_de", "de", "Kistenkind", "mira@kistenkind.example.de",
      "Mira vom Kistenkind-Team <mira@kistenkind.example.de>",
      "🎉 Wir wollen dich!", "2026-08-14 16:40 +0200",
      """Lieber Lukas,

lange nichts gehört – aber jetzt gute Nachrichten: Wir haben eine neue Stelle als Lead Supply Planning geschaffen, und nach den Gesprächen mit Jonas und Tim sind wir uns einig: Wir möchten dir die Stelle anbieten!

Eckdaten wie besprochen: 72k fix, 4 Wochen Workation, Start gern zum 1.10. Den Vertrag schickt dir Personio in den nächsten Tagen zum digitalen Unterschreiben.

Sag Bescheid, ob du noch Fragen hast!

Liebe Grüße
Mira""",
      encode_subject=True),

    E(OFF, "conditional_offer_public_de", "de", "Stadtwerke Lübeck-Nord", "bewerbung@swln.example.de",
      "Bewerbungsmanagement SWLN <bewerbung@swln.example.de>",
      "Einstellungszusage unter Vorbehalt", "2026-09-24 10:05 +0200",
      """Sehr geehrter Herr Brenner-Osei,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Leiter Einkauf und Materialwirtschaft anbieten möchten. Die Eingruppierung erfolgt in Entgeltgruppe 12 TV-V.

Die Einstellung erfolgt vorbehaltlich der Zustimmung des Betriebsrats sowie der Vorlage eines erweiterten Führungszeugnisses und der betriebsärztlichen Untersuchung.

Bitte teilen Sie uns bis zum 02.10.2026 mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Martina Kolbe
Personalentwicklung & Recruiting
Stadtwerke Lübeck-Nord GmbH""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(OFF, "agency_offer_de", "de", "Ostwind Netze", "a.kurz@lindenhof-consult.example.de",
      "Andrea Kurz <a.kurz@lindenhof-consult.example.de>",
      "Gute Nachrichten!", "2026-04-10 18:20 +0200",
      """Lieber Herr Brenner-Osei,

ich habe eben mit Frau Dr. Rehfeld telefoniert: Ostwind Netze möchte Ihnen die Position als Teamleiter Strategischer Einkauf anbieten! Das Angebot liegt bei 92.000 € fix plus variabler Anteil, Dienstwagen inklusive.

Das schriftliche Angebot kommt direkt vom Unternehmen, ich wollte Ihnen die Nachricht aber nicht bis Montag vorenthalten. Rufen Sie mich gern am Wochenende an.

Herzliche Grüße
Andrea Kurz
Lindenhof Consult""",
      fmt="alt", style="outlook", charset="windows-1252"),

    E(OFF, "fr_promesse_embauche", "fr", "Maison Berthier", "sophie.nguyen@maison-berthier.example.fr",
      "Sophie Nguyen <sophie.nguyen@maison-berthier.example.fr>",
      "Proposition d'embauche - Responsable Approvisionnements", "2026-03-11 16:00 +0100",
      """Bonjour Lukas,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste de Responsable Approvisionnements au sein de Maison Berthier, en CDI, basé à Lyon.

Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération (58 k€ bruts annuels + prime sur objectifs) et la date de démarrage envisagée au 4 mai 2026.

Nous vous remercions de nous faire part de votre décision d'ici le 18 mars.

Bien à vous,
Sophie Nguyen
Talent Acquisition - Maison Berthier""",
      fmt="alt", style="simple", attach="Promesse_embauche_Brenner-Osei.pdf"),

    E(OFF, "es_oferta_es", "es", "Puerto Levante Logística", "rrhh@puertolevante.example.es",
      "RRHH Puerto Levante <rrhh@puertolevante.example.es>",
      "Oferta de empleo", "2026-04-24 13:13 +0200",
      """Estimado Lukas:

Nos complace comunicarle que ha sido seleccionado para el puesto de Técnico/a de Compras en Puerto Levante Logística.

Le adjuntamos la carta de oferta con las condiciones: contrato indefinido, salario bruto anual de 42.000 €, jornada completa con dos días de teletrabajo e incorporación prevista el 1 de junio de 2026.

Le agradeceríamos que nos hiciera llegar su respuesta antes del 30 de abril.

Un cordial saludo,
Departamento de RRHH
Puerto Levante Logística S.L.""",
      fmt="alt", style="outlook", attach="Oferta_Puerto_Levante.pdf"),

    E(OFF, "contract_to_sign_en_polish", "en", "Wisła Components", "k.nowak@wislacomponents.example.pl",
      "Katarzyna Nowak <k.nowak@wislacomponents.example.pl>",
      "Contract for signature", "2026-10-02 09:20 +0200",
      """Dear Mr. Brenner-Osei,

after our conversation with the Operations Director I am happy to confirm that we would like to hire you as Logistics Controlling Lead (remote, with monthly visits in Gdańsk).

In attachment please find the contract for your signature. Please sign and send back the scan until 9th October, the original can be brought on your first day.

Best regards,
Katarzyna Nowak
HR Specialist, Wisła Components Sp. z o.o.""",
      fmt="alt", style="outlook", attach="Umowa_Contract_LBO.pdf"),

    E(OFF, "muendliche_zusage_de_kurz", "de", "Tannberg Agrarhandel", "s.ebeling@tannberg-agrar.example.de",
      "Sören Ebeling <s.ebeling@tannberg-agrar.example.de>",
      "Re: Kennenlernen", "2026-08-05 19:30 +0200",
      """Moin Herr Brenner-Osei,

wie heute besprochen: Wir wollen Sie als Einkäufer haben. Vertrag macht unser Steuerbüro fertig, kommt Ende nächster Woche per Post. Gehalt wie besprochen, Start 1.9. wäre super.

Gruß
Sören Ebeling

Gesendet von meinem iPhone""",
      reply_of="0804.lbo.tannberg@example.de", charset="windows-1252"),
]
