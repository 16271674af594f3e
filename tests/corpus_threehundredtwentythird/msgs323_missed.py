"""missed_interview_notice: the employer side waited, called, or noted a no-show."""

from __future__ import annotations

from msgs323_common import M, shell

MESSAGES = [
    # ------------------------------------------------------------------ German
    M(s="aichinger_missed", k="missed_interview_notice", l="de", co="Küchenwerk Aichinger",
      ct="f", fr=("Daniela Fröschle", "daniela.froeschle@aichinger-kuechen.example.de"),
      sub="Unser Video-Interview heute um 10:00 Uhr", d="2026-03-11 10:24 +0100",
      cs="iso-8859-1", cte="quoted-printable",
      b="""\
Guten Tag Herr Wiesinger,

wir waren heute um 10:00 Uhr zum Video-Interview verabredet. Mein Kollege Herr Renz und ich
haben bis 10:20 Uhr im Teams-Raum auf Sie gewartet, Sie aber leider nicht erreicht - auch nicht
telefonisch unter der angegebenen Nummer.

Falls etwas dazwischengekommen ist, melden Sie sich bitte kurz bei mir.

Freundliche Grüße
Daniela Fröschle
HR Business Partnerin | Küchenwerk Aichinger GmbH
Siemensstraße 40, 70469 Stuttgart
"""),
    M(s="tempra_missed", k="missed_interview_notice", l="de", co="Zimmerei Gollner", ct="f",
      fr=("Jasmin Reiter", "jasmin.reiter@tempra-personal.example.at"),
      sub="Termin Zimmerei Gollner heute früh?", d="2026-03-16 08:41 +0100",
      cs="windows-1252", cte="8bit",
      b="""\
Hallo Herr Wiesinger,

Herr Gollner jun. hat mich gerade angerufen – er hat heute um 7:30 Uhr in Gleisdorf auf Sie
gewartet, Sie sind aber nicht gekommen. Ich habe Sie auch zweimal am Handy probiert.

Ist alles in Ordnung? Bitte rufen Sie mich so bald wie möglich zurück, dann schaue ich, ob der
Kunde noch einen zweiten Termin anbietet.

Liebe Grüße
Jasmin Reiter
Tempra Personal GmbH – Niederlassung Graz
T +43 316 99 88 12-4
"""),
    M(s="rauchenwald_missed", k="missed_interview_notice", l="de", co="Parkett Rauchenwald",
      ct="f", fr=("Elisabeth Wagner", "elisabeth.wagner@parkett-rauchenwald.example.at"),
      sub="Telefoninterview – wir haben Sie leider nicht erreicht", d="2026-03-31 14:22 +0200",
      b="""\
Hallo Herr Wiesinger,

wir hatten für heute 14:00 Uhr unser Telefoninterview ausgemacht. Ich habe Sie dreimal unter
+43 660 123 45 67 angerufen, leider ohne Erfolg, und Ihnen auf die Mobilbox gesprochen.

Wenn Sie weiterhin Interesse haben, buchen Sie gerne über den bekannten Link einen neuen Termin.

Viele Grüße
Elisabeth Wagner
Personal | Parkett Rauchenwald GmbH, Laxenburger Straße 151, 1100 Wien
"""),
    M(s="tauern_missed", k="missed_interview_notice", l="de", co="Holzleimbau Tauern", ct="r",
      fr=("Holzleimbau Tauern", "notifications@bamboohr.com"),
      rt=("Stefan Moser", "stefan.moser@holzleimbau-tauern.example.at"),
      sub="Nicht erschienen: Teams-Gespräch 12.06.2026", d="2026-06-12 10:35 +0200",
      b="""\
Hallo Herr Wiesinger,

Herr Moser hat heute um 10:00 Uhr im vereinbarten Teams-Meeting auf Sie gewartet. Leider sind
Sie dem Gespräch nicht beigetreten.

Falls es technische Probleme gab, antworten Sie bitte auf diese E-Mail – Herr Moser meldet sich
dann wegen eines Ersatztermins.

Freundliche Grüße
Holzleimbau Tauern GmbH
"""),
    M(s="schachner_missed", k="missed_interview_notice", l="de", co="Innenausbau Schachner",
      ct="", fr=("Innenausbau Schachner", "no-reply@ashbyhq.com"),
      sub="Wir haben dich heute verpasst", d="2026-07-07 16:05 +0200",
      h=shell("""\
<p>Hallo Konstantin,</p>
<p>für heute, 15:30 Uhr, war dein Interview für die Stelle <b>Projektleiter Innenausbau &ndash;
Kalkulation</b> geplant. Leider bist du dem Call nicht beigetreten.</p>
<p>Wenn du weiterhin Interesse hast, kannst du hier einen neuen Termin buchen:</p>
<p><a href="https://jobs.ashbyhq.com/schachner/rebook/55ad">Neuen Termin wählen</a></p>
<p>Viele Grüße<br>Recruiting Innenausbau Schachner</p>""",
              brand="Innenausbau Schachner", color="#444444")),
    # ------------------------------------------------------------------ English
    M(s="kitchenform_missed", k="missed_interview_notice", l="en", co="Kitchenform Europe",
      ct="f", fr=("Oliver Grant", "oliver.grant@kitchenform.example.de"),
      sub="Missed you on Zoom today", d="2026-06-04 14:31 +0200",
      b="""\
Hi Konstantin,

Ingrid and I were waiting for you in the Zoom room at 14:00 today but you didn't join. I also
tried your mobile twice.

I hope everything is alright. Let me know if you'd still like to go ahead and I'll see if
Ingrid can find another slot next week.

Cheers,
Oliver Grant
Senior Recruiter | Kitchenform Europe
"""),
    M(s="nordkamm_missed", k="missed_interview_notice", l="en", co="Nordkamm Windows", ct="",
      fr=("Nordkamm Windows", "no-reply@hire.lever.co"),
      sub="We missed you at your interview", d="2026-03-26 09:47 +0000",
      b="""\
Hi Konstantin,

It looks like you weren't able to join your video interview with Lena Hofbauer this morning
(26 March, 10:15 CET).

If something came up, you can request a new time here:
https://hire.lever.co/interview/nordkamm/reschedule/9f2e1c

Nordkamm Windows Recruiting
"""),
    # ------------------------------------------------------------------ French
    M(s="bricorhin_missed", k="missed_interview_notice", l="fr", co="BricoRhin", ct="f",
      fr=("Mélanie Gross", "melanie.gross@bricorhin.example.fr"),
      sub="Journée de recrutement de ce matin", d="2026-06-09 12:48 +0200",
      cs="iso-8859-1", cte="quoted-printable",
      b="""\
Bonjour Monsieur Wiesinger,

Nous vous attendions ce matin à 8h30 pour la journée de recrutement au magasin de Hautepierre,
mais vous ne vous êtes pas présenté. Je vous ai laissé un message vocal vers 9h.

Si un imprévu vous a empêché de venir, merci de me contacter rapidement.

Cordialement,
Mélanie Gross
Responsable RH magasin - BricoRhin Strasbourg-Hautepierre
"""),
    # ------------------------------------------------------------------ Spanish
    M(s="talento_missed", k="missed_interview_notice", l="es", co="Talento Levante", ct="f",
      fr=("Raquel Soler", "raquel.soler@talentolevante.example.es"),
      sub="No he podido localizarte a las 9:30", d="2026-06-05 09:58 +0200",
      b="""\
Hola Konstantin,

Te he llamado a las 9:30, como habíamos quedado, y otra vez a las 9:45, pero no ha habido
respuesta. Te he dejado un mensaje en el buzón de voz.

Si sigues interesado en el puesto, escríbeme y buscamos otro momento.

Un saludo,
Raquel Soler
Talento Levante ETT
"""),
    M(s="turia_missed", k="missed_interview_notice", l="es", co="Carpintería Técnica Turia",
      ct="f", fr=("Vicente Llorens", "vicente.llorens@carpinteria-turia.example.es"),
      sub="Entrevista de esta mañana", d="2026-03-17 11:20 +0100",
      cs="windows-1252", cte="quoted-printable",
      b="""\
Konstantin:

Le estuvimos esperando esta mañana a las 10:00 en el taller, mi socio y yo, hasta las 10:45.
No sabemos nada de usted y el teléfono que nos dio no contesta.

Espero que no le haya pasado nada. Díganos algo cuando pueda.

Vicente Llorens
Carpintería Técnica Turia
"""),
]
