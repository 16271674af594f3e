"""interview_reschedule_or_cancel and missed_interview_notice."""

from __future__ import annotations

from msgs307_common import Spec, html, m

R = "interview_reschedule_or_cancel"
N = "missed_interview_notice"

SPECS: list[Spec] = [
    # ------------------------------------------------------------ reschedule / cancel
    m(R, "de", "helvia_moved", ("Anna Zürcher", "anna.zuercher@helvia.example.ch"),
      "Aktualisiert: Vorstellungsgespräch – neuer Termin 26.02., 14.00 Uhr", "2026-02-20 08:03 +0100",
      """
Guten Tag Frau Baumgartner

Leider muss ich unser Gespräch vom kommenden Dienstag verschieben: Frau Wyss ist an diesem
Tag kurzfristig an einer Weiterbildung. Neu schlagen wir Ihnen Donnerstag, 26. Februar 2026,
14.00 – 15.00 Uhr vor, gleicher Ort.

Die aktualisierte Kalendereinladung ist angehängt. Entschuldigen Sie die Umstände.

Freundliche Grüsse
Anna Zürcher
HR Business Partnerin, Helvia Krankenversicherung
""", company="Helvia Krankenversicherung", contact="anna.zuercher@helvia.example.ch",
      key="h_resch", parent="h_inv", quote=True, fmt="cal", name_enc=("q", "utf-8"),
      ics={"uid": "helvia-4471-r1@helvia.example.ch", "seq": 1, "start": "20260226T140000",
           "end": "20260226T150000", "summary": "Vorstellungsgespräch Lena Baumgartner",
           "location": "Helvia, Laupenstrasse 40, Bern"}),

    m(R, "de", "bergsonne_moved", ("Ursula Kälin", "ursula.kaelin@bergsonne.example.ch"),
      "Schnuppertag: Verschiebung auf den 19. März", "2026-03-06 14:26 +0100",
      """
Liebe Frau Baumgartner

Leider haben wir auf der Station am 12. März einen grösseren Personalausfall und könnten
Sie an diesem Tag nicht angemessen begleiten. Darf ich den Schnuppertag auf Donnerstag,
19. März, gleiche Zeiten, verschieben?

Ich hoffe sehr, das geht für Sie. Das Gespräch um 14 Uhr findet dann ebenfalls am 19. statt.

Herzliche Grüsse
Ursula Kälin
""", company="Rehaklinik Bergsonne", contact="ursula.kaelin@bergsonne.example.ch",
      key="b_resch", parent="b_inv", quote=True, name_enc=("q", "iso-8859-1"),
      charset="iso-8859-1", cte="quoted-printable"),

    m(R, "de", "alpina_postponed", ("Reto Bühlmann", "reto.buehlmann@alpina-uv.example.ch"),
      "Assessment Center vom 8. April – Verschiebung", "2026-04-01 17:45 +0200",
      """
Sehr geehrte Frau Baumgartner,

aus organisatorischen Gründen müssen wir das Assessment Center vom 8. April leider
verschieben. Wir sind daran, ein neues Datum im Mai zu finden, und melden uns so bald wie
möglich mit einem Vorschlag.

Ihre Kandidatur bleibt selbstverständlich im Prozess. Danke für Ihr Verständnis.

Freundliche Grüsse
Reto Bühlmann
Alpina Unfallversicherung
""", company="Alpina Unfallversicherung", contact="reto.buehlmann@alpina-uv.example.ch",
      key="a_resch", parent="a_inv", name_enc=("b", "iso-8859-1")),

    m(R, "de", "schwarzwald_moved", ("Jana Hoffmann", "jana.hoffmann@schwarzwald-kk.example.de"),
      "Unser Video-Call am Donnerstag – neuer Termin?", "2026-04-28 08:10 +0200",
      """
Hallo Lena,

sorry für die kurzfristige Änderung: Unsere Teamleitung ist krank geworden und wir müssen
den Video-Call am Donnerstag, 30.4., leider absagen. Könntest du stattdessen am Montag, 4.5.,
um 10:00 Uhr oder um 15:30 Uhr? Der Link bleibt derselbe.

Viele Grüße
Jana
""", company="Schwarzwald Krankenkasse", contact="jana.hoffmann@schwarzwald-kk.example.de",
      key="sk_resch", parent="sk_inv", cte="base64"),

    m(R, "de", "limmat_cancel", ("HomeCare Limmat", "no-reply@teamtailor-mail.com"),
      "Abgesagt: Interview HomeCare Limmat am 19. Mai", "2026-05-18 16:02 +0200",
      """
Hallo Lena

Dein Interview am 19. Mai 2026 um 09.00 Uhr wurde von HomeCare Limmat abgesagt.

Nachricht von Nadine Brunner: «Es tut mir leid, ich muss unser Treffen morgen absagen. Ich
melde mich in den nächsten Tagen mit einem neuen Terminvorschlag.»

HomeCare Limmat
""", company="HomeCare Limmat", contact="nadine.brunner@homecare-limmat.example.ch",
      reply_to=("Nadine Brunner", "nadine.brunner@homecare-limmat.example.ch"),
      key="hl_cancel", parent="hl_inv", fmt="cal",
      ics={"uid": "tt-meeting-b7c1-0519@teamtailor-mail.com", "seq": 2, "method": "CANCEL",
           "start": "20260519T090000", "end": "20260519T100000",
           "summary": "Interview HomeCare Limmat – Lena Baumgartner",
           "location": "Hardstrasse 91, Zürich",
           "organizer": ("Nadine Brunner", "nadine.brunner@homecare-limmat.example.ch")}),

    m(R, "de", "aaretal_moved", ("Christine Moser", "c.moser@heimpflege-aaretal.example.ch"),
      "Gespräch Mittwoch – wir müssen verschieben", "2026-01-27 07:14 +0100",
      """
Guten Morgen Frau Baumgartner

Ich bin Christine Moser, die Geschäftsleiterin der Heimpflege Aaretal. Leider ist bei uns
eine Notfallsitzung mit der Gemeinde angesetzt worden, genau morgen um 16.30 Uhr. Könnten wir
unser Gespräch auf Freitag, 30. Januar, 14.00 Uhr verschieben?

Frau Iseli ist in Kopie. Vielen Dank und entschuldigen Sie die kurzfristige Änderung.

Freundliche Grüsse
Christine Moser
Geschäftsleiterin
Heimpflege Aaretal
""", company="Heimpflege Aaretal", contact="c.moser@heimpflege-aaretal.example.ch",
      key="ha_resch", cc=[("Sandra Iseli", "s.iseli@heimpflege-aaretal.example.ch")],
      charset="windows-1252", cte="8bit"),

    m(R, "de", "glattal_postponed", ("Michèle Frei", "m.frei@pflegepool.example.ch"),
      "Glattal: Termin vom Donnerstag verschoben", "2026-04-07 12:02 +0200",
      """
Liebe Frau Baumgartner

Kurze Info: Herr Rüegg von Pflege zu Hause Glattal hat sich gemeldet, er ist diese Woche
krankgeschrieben. Das Vorstellungsgespräch vom Donnerstag findet deshalb nicht statt. Er
möchte Sie aber unbedingt treffen und schlägt Dienstag, 14. April, 10.00 Uhr vor.

Geht das für Sie?

Herzliche Grüsse
Michèle Frei
Pflegepool Personal
""", company="Pflege zu Hause Glattal", contact="m.frei@pflegepool.example.ch",
      key="pp_resch", parent="pp_inv", quote=True, name_enc=("b", "iso-8859-1")),

    m(R, "en", "celvion_cancel", ("Laura Pons", "laura.pons@celvion.example.com"),
      "Canceled: Video interview Lena Baumgartner / Celvion", "2026-03-25 09:12 +0100",
      """
Hi Lena,

Apologies, I have to cancel our call tomorrow at 11:00 – our hiring manager is travelling
and we'd really like her to join. I'll send you new options early next week.

Best,
Laura
""", company="Celvion Therapeutics", contact="laura.pons@celvion.example.com",
      key="c_cancel", parent="c_inv", fmt="cal",
      ics={"uid": "gh-celvion-9f21c@greenhouse-mail.io", "seq": 1, "method": "CANCEL",
           "start": "20260326T110000", "end": "20260326T113000", "tz": "Europe/Madrid",
           "summary": "Video interview Lena Baumgartner / Celvion",
           "location": "Google Meet"}),

    m(R, "en", "carepath_moved", ("Jordi Puig", "jordi.puig@carepath.example.es"),
      "Moving our chat to Tuesday?", "2026-06-12 19:40 +0200",
      """
Hi Lena,

I'm Jordi from Carepath – we're due to talk on Monday at 11:00. Something urgent came up with
one of our insurer partners and I'll be in Madrid all day. Would Tuesday 16 June at the same
time work? I've asked the team to update the calendar invite.

Sorry for the shuffle, and speak soon,
Jordi

Jordi Puig | Head of Case Management | Carepath
""", company="Carepath", contact="jordi.puig@carepath.example.es", key="cp_resch",
      parent="cp_inv"),

    m(R, "en", "vitalink_postponed", ("Tom Keller", "tom.keller@vitalink.example.ch"),
      "Re: Vitalink Health – next step: chat with the Care team", "2026-06-04 07:31 +0200",
      """
Hi Lena,

Unfortunately Priya has been pulled into a board meeting this morning, so we need to push
today's interview. Could we do Tuesday 9 June at 09:30 instead? Same video link.

Apologies for the late notice!
Tom
""", company="Vitalink Health", contact="tom.keller@vitalink.example.ch", key="v_resch",
      parent="v_inv", quote=True),

    m(R, "fr", "mutuelle_moved", ("Claire Morand", "claire.morand@mutuelle-romande.example.ch"),
      "Modification de l'heure de votre entretien du 12 mars", "2026-03-09 10:48 +0100",
      """
Madame Baumgartner,

En raison d'un empêchement de M. Chappuis, nous devons décaler votre entretien du jeudi
12 mars à 14 h (au lieu de 9 h 30), même lieu. L'invitation a été mise à jour.

Nous vous prions de nous excuser pour ce changement et restons à votre disposition.

Meilleures salutations,
Claire Morand
Mutuelle Romande Santé
""", company="Mutuelle Romande Santé", contact="claire.morand@mutuelle-romande.example.ch",
      key="mr_resch", parent="mr_inv", fmt="cal", charset="iso-8859-1",
      ics={"uid": "mrs-entretien-0312@mutuelle-romande.example.ch", "seq": 1,
           "start": "20260312T140000", "end": "20260312T150000",
           "summary": "Entretien – L. Baumgartner", "location": "Av. de Rhodanie 58, Lausanne"}),

    m(R, "fr", "venoge_moved", ("Isabelle Dufaux", "isabelle.dufaux@clinique-venoge.example.ch"),
      "Report de la journée d'immersion", "2026-06-01 12:20 +0200",
      """
Chère Madame Baumgartner,

Je suis navrée : une inspection cantonale a été annoncée pour le 3 juin et je ne pourrai pas
vous accueillir ce jour-là. Pourrions-nous reporter votre journée d'immersion au mardi 9 juin,
aux mêmes horaires ?

Je vous remercie de votre compréhension.

Isabelle Dufaux
Infirmière-cheffe, Clinique de la Venoge
""", company="Clinique de la Venoge", contact="isabelle.dufaux@clinique-venoge.example.ch",
      key="cv_resch", parent="cv_inv", cte="quoted-printable"),

    m(R, "fr", "leman_cancel", ("Sophie Girard", "sophie.girard@leman-sante.example.ch"),
      "Annulation de notre entretien de mardi", "2026-05-11 17:05 +0200",
      """
Bonjour Lena,

Je dois malheureusement annuler notre entretien vidéo de demain, 10 h : Dr Favre est retenue
par une urgence. Je reviens vers vous d'ici jeudi avec deux nouvelles propositions de date.

Toutes mes excuses,
Sophie Girard
Caisse Léman Santé
""", company="Caisse Léman Santé", contact="sophie.girard@leman-sante.example.ch",
      key="cl_cancel", parent="cl_inv", name_enc=("q", "iso-8859-1"), charset="windows-1252",
      cte="8bit"),

    m(R, "es", "mutua_moved", ("Núria Ferrer", "nuria.ferrer@mutuamediterrania.example.es"),
      "Cambio de hora de tu entrevista", "2026-03-30 11:27 +0200",
      """
Hola Lena:

Te escribo porque tenemos que cambiar la hora de la entrevista del miércoles 1 de abril. En
lugar de a las 10:00 sería a las 12:30, con el mismo enlace. Si no te va bien, dime y buscamos
otro día.

Disculpa las molestias.
Núria
""", company="Mutua Mediterrània", contact="nuria.ferrer@mutuamediterrania.example.es",
      key="mm_resch", parent="mm_inv", name_enc=("b", "utf-8"), quote=True,
      quote_style="outlook"),

    m(R, "es", "benalux_aplazada", ("Selección Benalux", "seleccion@benalux.example.es"),
      "Aplazamiento de la entrevista telefónica", "2026-09-07 18:20 +0200",
      """
Estimada Sra. Baumgartner:

Lamentamos comunicarle que la entrevista telefónica prevista para mañana, martes 8 de
septiembre, debe aplazarse por motivos de agenda de la Sra. Ortiz. En los próximos días le
propondremos una nueva fecha.

Disculpe las molestias.
Atentamente,
RR. HH. Laboratorios Benalux
""", company="Laboratorios Benalux", contact="seleccion@benalux.example.es", key="bx_resch",
      parent="bx_inv", charset="iso-8859-1", cte="quoted-printable"),

    # ------------------------------------------------------------ missed interview
    m(N, "de", "sanacura_missed", ("Sabine Meier", "sabine.meier@sanacura.example.ch"),
      "Videointerview heute 14.00 Uhr – haben wir Sie verpasst?", "2026-03-10 14:31 +0100",
      """
Hallo Frau Baumgartner

Dr. Huber und ich haben heute ab 14.00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind
jedoch leider nicht erschienen. Auch telefonisch konnten wir Sie nicht erreichen.

Ich hoffe, es ist nichts passiert. Bitte melden Sie sich bei mir, falls Sie weiterhin an der
Stelle interessiert sind.

Freundliche Grüsse
Sabine Meier
Recruiterin, Sanacura Krankenkasse
Hardturmstrasse 201, 8005 Zürich
""", company="Sanacura", contact="sabine.meier@sanacura.example.ch", key="s_missed",
      parent="s_inv"),

    m(N, "de", "dreisam_missed", ("Katrin Albiez", "k.albiez@reha-dreisam.example.de"),
      "Telefoninterview heute – leider nicht erreicht", "2026-05-05 11:40 +0200",
      """
Sehr geehrte Frau Baumgartner,

Frau Dr. Weißhaar hat heute um 11:00 Uhr wie vereinbart versucht, Sie anzurufen – zweimal,
leider ohne Erfolg. Auf Ihrer Mobilbox hat sie eine Nachricht hinterlassen.

Falls Sie weiterhin Interesse haben, teilen Sie uns bitte mit, wann Sie diese Woche gut
erreichbar sind.

Mit freundlichen Grüßen
Katrin Albiez
Personalreferentin, Reha-Zentrum Dreisam
""", company="Reha-Zentrum Dreisam", contact="k.albiez@reha-dreisam.example.de",
      key="rd_missed", parent="rd_inv", charset="windows-1252", cte="quoted-printable"),

    m(N, "de", "pilatus_noshow", ("Pflegedienst Pilatus", "bewerbung@pflegedienst-pilatus.example.ch"),
      "Probearbeitstag 19. Juni", "2026-06-19 09:02 +0200",
      """
Guten Tag Frau Baumgartner

Unsere Kollegin Frau Bucher hat heute ab 08.00 Uhr am Stützpunkt Kriens auf Sie gewartet.
Leider sind Sie nicht erschienen und wir haben auch keine Abmeldung erhalten.

Bitte geben Sie uns kurz Bescheid, ob Sie noch interessiert sind.

Freundliche Grüsse
Team Personal, Pflegedienst Pilatus
""", company="Pflegedienst Pilatus", contact="bewerbung@pflegedienst-pilatus.example.ch",
      key="pi_missed", parent="pi_inv", quote=True),

    m(N, "de", "kaiserstuhl_missed", ("Heike Zimmermann", "h.zimmermann@pflegedienst-kaiserstuhl.example.de"),
      "Ihr Termin heute um 9:30 Uhr", "2026-07-14 10:15 +0200",
      "", company="Pflegedienst Kaiserstuhl",
      contact="h.zimmermann@pflegedienst-kaiserstuhl.example.de", key="pk_missed",
      parent="pk_inv", fmt="html",
      html=html("Hallo Frau Baumgartner,",
                "wir hatten heute um 9:30 Uhr unser Vorstellungsgespräch im Büro Ihringen "
                "vereinbart. Leider sind Sie nicht gekommen – ich habe bis kurz nach 10 Uhr "
                "gewartet und Sie einmal auf dem Handy angerufen.",
                "Wenn etwas dazwischengekommen ist, melden Sie sich gerne; wir finden sicher "
                "einen neuen Termin.",
                "Schöne Grüße<br>Heike Zimmermann<br>Pflegedienstleitung, Pflegedienst "
                "Kaiserstuhl")),

    m(N, "de", "kessler_missed", ("Florian Kessler", "f.kessler@kessler-health.example.ch"),
      "Heute 17.30 Uhr", "2026-08-19 18:05 +0200",
      """
Liebe Frau Baumgartner

Ich habe heute ab 17.30 Uhr im Büro auf Sie gewartet und es danach noch im Video-Raum
versucht – leider ohne Sie anzutreffen. Vielleicht gab es ein Missverständnis beim Ort?

Rufen Sie mich doch morgen kurz an, dann finden wir einen neuen Termin.

Beste Grüsse
Florian Kessler
Kessler Health Partners
+41 41 410 20 60
""", company="Kessler Health Partners", contact="f.kessler@kessler-health.example.ch",
      key="kh_missed", parent="kh_inv", cte="8bit"),

    m(N, "en", "concordis_missed", ("Mark Steiner", "mark.steiner@helvetichealthsearch.example.ch"),
      "Concordis today at 15:00 – are you ok?", "2026-07-01 15:38 +0200",
      """
Hi Lena,

Dr. Lindner's assistant just called me: they were expecting you at 15:00 at Seefeldstrasse
and you didn't arrive. I also tried your mobile twice.

Please give me a ring as soon as you can so I can explain to the client – I hope everything
is alright.

Mark
""", company="Concordis", contact="mark.steiner@helvetichealthsearch.example.ch",
      key="hhs_missed", parent="hhs_inv"),

    m(N, "en", "rhone_missed", ("Assurance Accidents Rhône", "rhone@myworkday.com"),
      "Your video screening was not completed", "2026-09-09 06:00 +0200",
      """
Dear Lena,

Our records show that you did not complete the video screening for the role of Claims Nurse
Case Manager by the deadline of 8 September 2026.

If you experienced technical difficulties, please contact our recruiting team at
recrutement@rhone-accidents.example.ch within the next three working days.

Kind regards,
Talent Acquisition – Assurance Accidents Rhône
""", company="Assurance Accidents Rhône", key="ar_missed", parent="ar_inv"),

    m(N, "fr", "leman_missed", ("Sophie Girard", "sophie.girard@leman-sante.example.ch"),
      "Entretien de ce matin", "2026-05-19 10:26 +0200",
      """
Bonjour Lena,

Dr Favre et moi vous avons attendue ce matin à 10 h sur Zoom pour notre entretien reprogrammé,
mais vous ne vous êtes pas connectée. J'ai également essayé de vous joindre par téléphone.

N'hésitez pas à me recontacter si vous souhaitez toujours poursuivre le processus.

Cordialement,
Sophie Girard
""", company="Caisse Léman Santé", contact="sophie.girard@leman-sante.example.ch",
      key="cl_missed", parent="cl_cancel", name_enc=("q", "iso-8859-1")),

    m(N, "fr", "talentia_missed", ("Julien Perrottet", "julien.perrottet@talentia-sante.example.ch"),
      "Absence à l'entretien chez Prévoyance Santé Genève", "2026-07-20 15:12 +0200",
      """
Chère Madame Baumgartner,

Mme Berset m'informe que vous ne vous êtes pas présentée à l'entretien prévu cet après-midi à
14 h. Je n'ai pas réussi à vous joindre non plus.

Pourriez-vous me rappeler rapidement ? Le client reste ouvert à fixer un nouveau rendez-vous
si un imprévu vous a retenue.

Bien à vous,
Julien Perrottet
Talentia Santé
""", company="Prévoyance Santé Genève", contact="julien.perrottet@talentia-sante.example.ch",
      key="ta_missed", parent="ta_inv", cte="base64"),

    m(N, "es", "montjuic_missed", ("Marta Vilaró", "marta.vilaro@talentsalud.example.es"),
      "No te hemos visto hoy en la clínica", "2026-08-03 13:20 +0200",
      """
Hola Lena,

Me acaba de llamar Elena Roig: te estuvo esperando a las 12:30 en recepción de Clínica
Montjuïc y no llegaste. Te he llamado un par de veces al móvil sin respuesta.

¿Ha pasado algo? Escríbeme o llámame cuando puedas y vemos si podemos recuperar la entrevista.

Un abrazo,
Marta
""", company="Clínica Montjuïc", contact="marta.vilaro@talentsalud.example.es",
      key="ts_missed", parent="ts_inv", name_enc=("q", "windows-1252")),
]

__all__ = ["SPECS", "html"]
