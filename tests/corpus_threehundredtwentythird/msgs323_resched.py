"""interview_reschedule_or_cancel: an interview moved, postponed or called off, process going on."""

from __future__ import annotations

from msgs323_common import M, shell

KOGLER = ("Martina Kogler", "martina.kogler@steinegger-holzbau.example.at")
REINDL = ("Tobias Reindl", "tobias.reindl@hallbrunner-baustoffe.example.de")
MAJA = ("Maja Kovačič", "maja.kovacic@dravabuild.example.si")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@almacenes-albufera.example.es")
CLAIRE = ("Claire Oberlé", "claire.oberle@menuiseries-rhenanes.example.fr")

MESSAGES = [
    # ------------------------------------------------------------------ German
    M(s="steinegger_move", k="interview_reschedule_or_cancel", l="de", co="Holzbau Steinegger",
      ct="f", fr=KOGLER,
      sub="AW: Einladung zum Vorstellungsgespräch – Technischer Verkauf Holzbau",
      d="2026-01-30 08:15 +0100", re="own_steinegger_confirm", q="std", cte="quoted-printable",
      b="""\
Guten Morgen Herr Wiesinger,

leider muss ich unseren Termin am Dienstag verschieben – Herr Steinegger ist kurzfristig zu
einer Baustellenabnahme nach Leoben gerufen worden.

Ginge stattdessen Donnerstag, 5. Februar 2026, um 15:30 Uhr? Ort und Ablauf bleiben gleich.

Entschuldigen Sie die Umstände und freundliche Grüße
Martina Kogler
Personal & Organisation | Holzbau Steinegger GmbH
"""),
    M(s="hallbrunner_move", k="interview_reschedule_or_cancel", l="de",
      co="Hallbrunner Baustoffe", ct="f", fr=REINDL,
      sub="Aktualisiert: Video-Interview Fachberater Holz & Bauelemente (neue Uhrzeit)",
      d="2026-04-06 16:50 +0200",
      b="""\
Hallo Herr Wiesinger,

kurze Änderung: Frau Gruber hat am Mittwochvormittag eine Lieferantenprüfung. Wir verschieben
das Video-Interview deshalb auf denselben Tag, 8. April, 15:00 Uhr. Der Teams-Link bleibt
gleich, die Kalendereinladung ist aktualisiert.

Danke für Ihre Flexibilität!
Tobias Reindl
Recruiting & Personalentwicklung | Hallbrunner Baustoffe KG
""",
      ics={"method": "REQUEST", "uid": "AAMkAGHallbrunner0408Wiesinger@hallbrunner",
           "seq": 1, "start": "20260408T150000", "end": "20260408T154500",
           "summary": "Video-Interview Fachberater Holz & Bauelemente – K. Wiesinger",
           "tz": "Europe/Berlin", "loc": "Microsoft Teams-Besprechung", "org": REINDL}),
    M(s="murtaler_cancel", k="interview_reschedule_or_cancel", l="de", co="Murtaler Fertighaus",
      ct="f", fr=("Lukas Hammerl", "lukas.hammerl@murtaler-fertighaus.example.at"),
      sub="Abgesagt: Gespräch Musterhauspark Wien 14.02.", d="2026-02-12 19:31 +0100",
      b="""\
Hallo Herr Wiesinger,

ich muss unser Treffen am Samstag leider absagen – bei uns im Musterhauspark wird wegen eines
Wasserschadens das Haus 23 gesperrt, und ich bin das ganze Wochenende mit der Versicherung
beschäftigt.

Ich melde mich Anfang nächster Woche mit einem neuen Terminvorschlag. Ihre Bewerbung bleibt
selbstverständlich im Rennen.

Lg
Lukas Hammerl
""",
      ics={"method": "CANCEL", "uid": "hammerl-musterhaus-0214@murtaler-fertighaus", "seq": 1,
           "start": "20260214T110000", "end": "20260214T120000",
           "summary": "Gespräch K. Wiesinger – Musterhauspark Wien", "tz": "Europe/Vienna",
           "loc": "Musterhauspark Blaue Lagune Nord\\, Haus 23",
           "org": ("Lukas Hammerl", "lukas.hammerl@murtaler-fertighaus.example.at")}),
    M(s="werkzone_move", k="interview_reschedule_or_cancel", l="de", co="Werkzone Baumarkt",
      ct="", fr=("Werkzone Baumarkt", "no-reply@teamtailor-mail.com"),
      sub="Neuer Termin für das Assessment Center", d="2026-04-15 11:03 +0200",
      h=shell("""\
<p>Hallo Konstantin,</p>
<p>leider müssen wir unser Assessment Center vom <s>22. April</s> auf
<b>Mittwoch, 6. Mai 2026</b> verschieben, weil mehrere Führungskräfte wegen einer
Markteröffnung nicht verfügbar sind. Uhrzeit (9:00 – 16:00 Uhr) und Ort bleiben gleich.</p>
<p>Bitte bestätige uns kurz, ob du am neuen Termin dabei sein kannst:</p>
<p><a href="https://werkzone.teamtailor.com/ac/confirm">Neuen Termin bestätigen</a></p>
<p>Sorry für die Umstände!<br>Dein Werkzone-Recruitingteam</p>""",
              brand="WERKZONE &ndash; Dein Baumarkt", color="#f29100")),
    M(s="pirker_move", k="interview_reschedule_or_cancel", l="de", co="Pirker Dachsysteme",
      ct="f", fr=("Verena Stix", "verena.stix@brandauer-pb.example.at"),
      sub="Pirker Dachsysteme – Termin verschoben auf 12. Mai", d="2026-05-04 08:20 +0200",
      b="""\
Lieber Herr Wiesinger,

Herr DI Pirker hat mich heute früh angerufen: Er muss am Mittwoch zu einem Großkunden nach
Udine. Das Gespräch wird daher auf Dienstag, 12. Mai 2026, 13:30 Uhr verschoben, gleicher Ort.

Der Mandant ist weiterhin sehr an Ihnen interessiert. Passt Ihnen der neue Termin?

Herzliche Grüße
Verena Stix
Brandauer Personalberatung GmbH
"""),
    M(s="kessler_move", k="interview_reschedule_or_cancel", l="de", co="Bauelemente Kessler",
      ct="f", fr=("Jana Beck", "jana.beck@kessler-bauelemente.example.de"),
      sub="AW: Verschiebung Gesprächstermin 23.04.", d="2026-04-17 10:28 +0200",
      re="own_kessler_reschedule_request", q="outlook", cs="windows-1252",
      cte="quoted-printable",
      b="""\
Hallo Herr Wiesinger,

kein Problem, wir finden einen anderen Termin. Herr Dreher könnte am Dienstag, 28. April, um
13:00 Uhr – alternativ Mittwoch, 29. April, um 9:00 Uhr. Geben Sie mir bitte kurz Bescheid,
welcher Termin für Sie besser passt.

Mit freundlichen Grüßen
Jana Beck
Talent Acquisition | Bauelemente Kessler GmbH
"""),
    M(s="tauern_move", k="interview_reschedule_or_cancel", l="de", co="Holzleimbau Tauern",
      ct="f", fr=("Stefan Moser", "stefan.moser@holzleimbau-tauern.example.at"),
      sub="Teams-Gespräch – wir müssen verschieben", d="2026-06-08 17:55 +0200",
      b="""\
Grüß Sie Herr Wiesinger,

leider schaffe ich unser Gespräch morgen nicht, wir haben eine Reklamation auf einer Baustelle
in Villach. Ich schlage stattdessen Freitag, 12. Juni, 10:00 Uhr vor – derselbe Teams-Link.

Bitte um kurze Rückmeldung.
Stefan Moser
Leitung Vertrieb | Holzleimbau Tauern GmbH
"""),
    # ------------------------------------------------------------------ English
    M(s="pohorje_move", k="interview_reschedule_or_cancel", l="en",
      co="Pohorje Timber Systems", ct="r",
      fr=("Ana Novak via Greenhouse", "no-reply@greenhouse-mail.io"),
      rt=("Ana Novak", "ana.novak@pohorje-timber.example.si"),
      sub="Your interview with Pohorje Timber Systems has been rescheduled",
      d="2026-02-16 09:12 +0100",
      b="""\
Hi Konstantin,

Unfortunately Rok has to travel to a trade fair in Bolzano this week, so we need to move your
interview. Your new time is:

Monday, 23 February 2026, 13:00–13:45 CET, Google Meet

An updated calendar invite is on its way. Sorry for the change, and just reply to this email if
the new time doesn't work.

Best,
Ana
"""),
    M(s="drava_move", k="interview_reschedule_or_cancel", l="en", co="Drava Building Supply",
      ct="f", fr=MAJA, ewn=("utf-8", "B"),
      sub="Updated invitation: Interview – Key Account Estimator (new date)",
      d="2026-03-02 08:05 +0100",
      b="""\
Dear Mr Wiesinger,

Our Sales Director has been called to a customer audit, so we have to postpone your interview
by one week, to Wednesday, 11 March 2026, at the same time (10:00–11:30). The updated calendar
invitation is attached.

Apologies for the inconvenience. We are looking forward to meeting you.

Kind regards,
Maja Kovačič
""",
      ics={"method": "REQUEST", "uid": "drava-int-0304-wiesinger@dravabuild", "seq": 1,
           "start": "20260311T100000", "end": "20260311T113000",
           "summary": "Interview: Key Account Estimator (K. Wiesinger)",
           "tz": "Europe/Ljubljana", "loc": "Tržaška cesta 85\\, Maribor", "org": MAJA}),
    M(s="alpine_cancel", k="interview_reschedule_or_cancel", l="en", co="Alpine Modular Homes",
      ct="", fr=("Alpine Modular Homes", "no-reply@ashbyhq.com"),
      sub="Cancelled: Interview – Sales Estimator (Konstantin Wiesinger)",
      d="2026-05-11 18:22 +0200",
      b="""\
Hi Konstantin,

Your interview on Tuesday, 12 May 2026 at 14:00 CEST with Clara Wimmer has been cancelled.

Our recruiting team will reach out shortly to find a new time.

Alpine Modular Homes Recruiting
""",
      ics={"method": "CANCEL", "uid": "ashby-7d1e55-alpine@ashbyhq.com", "seq": 1,
           "start": "20260512T140000", "end": "20260512T144500",
           "summary": "Interview – Sales Estimator (Konstantin Wiesinger)", "tz": "Europe/Vienna",
           "loc": "Google Meet", "org": ("Alpine Modular Homes", "no-reply@ashbyhq.com")}),
    # ------------------------------------------------------------------ French
    M(s="rhenanes_move", k="interview_reschedule_or_cancel", l="fr", co="Menuiseries Rhénanes",
      ct="f", fr=CLAIRE, sub="RE: Entretien - Technico-commercial menuiserie",
      d="2026-02-26 11:37 +0100", re="rhenanes_inv", q="outlook", cs="iso-8859-1",
      cte="quoted-printable",
      b="""\
Bonjour Monsieur Wiesinger,

Je suis désolée, mais M. Haegel sera finalement en déplacement le 3 mars. Pouvons-nous
décaler l'entretien au mercredi 4 mars à 10h00, toujours dans nos locaux ?

Merci de votre compréhension.

Bien cordialement,
Claire Oberlé
Responsable Ressources Humaines
"""),
    M(s="hohwald_move", k="interview_reschedule_or_cancel", l="fr", co="Matériaux du Ried",
      ct="f", fr=("Antoine Ruch", "antoine.ruch@hohwald-conseil.example.fr"),
      sub="Report de votre entretien chez Matériaux du Ried", d="2026-04-30 15:14 +0200",
      b="""\
Bonjour Monsieur Wiesinger,

Mon client Matériaux du Ried me demande de reporter l'entretien prévu lundi 4 mai : le
directeur des ventes est retenu par l'inventaire de l'agence de Colmar.

Il propose le jeudi 7 mai à 14h00, même lieu. Le process continue normalement, rassurez-vous.

Bien à vous,
Antoine Ruch
Cabinet Hohwald Conseil
"""),
    M(s="oba_cancel", k="interview_reschedule_or_cancel", l="fr", co="Ossature Bois d'Alsace",
      ct="f", fr=("Julien Meyer", "julien.meyer@oba.example.fr"),
      sub="Entretien de jeudi annulé", d="2026-03-18 07:50 +0100", cte="8bit",
      b="""\
Bonjour Konstantin,

Je dois malheureusement annuler notre entretien de demain 10h : nous avons un souci de levage
sur un chantier à Obernai et M. Fritsch et moi devons y être toute la journée.

Je reviens vers vous dès la semaine prochaine pour fixer une nouvelle date. Toutes mes excuses.

Julien Meyer
Ossature Bois d'Alsace
"""),
    # ------------------------------------------------------------------ Spanish
    M(s="albufera_move", k="interview_reschedule_or_cancel", l="es", co="Almacenes Albufera",
      ct="f", fr=LUCIA, sub="Actualizada: Entrevista Konstantin Wiesinger - nuevo horario",
      d="2026-04-07 09:40 +0200",
      b="""\
Hola, Konstantin:

Javier tiene una visita de obra el jueves por la mañana, así que movemos la entrevista al
mismo jueves 9 de abril a las 16:30. Te mando la convocatoria actualizada.

¡Perdona el cambio!
Lucía
""",
      ics={"method": "REQUEST", "uid": "albufera-entrevista-0409@almacenes-albufera",
           "seq": 1, "start": "20260409T163000", "end": "20260409T173000",
           "summary": "Entrevista Konstantin Wiesinger - Técnico comercial",
           "tz": "Europe/Madrid", "loc": "Google Meet", "org": LUCIA}),
    M(s="malvarrosa_move", k="interview_reschedule_or_cancel", l="es", co="Cocinas Malvarrosa",
      ct="", fr=("Cocinas Malvarrosa", "no-reply@smartrecruiters.com"),
      sub="Tu videoentrevista ha sido reprogramada", d="2026-05-12 13:33 +0200",
      b="""\
Hola Konstantin,

Por motivos de agenda de la responsable de tienda, tu videoentrevista del 13 de mayo ha sido
cancelada. Por favor, elige un nuevo horario en el siguiente enlace:

https://www.smartrecruiters.com/schedule/cocinasmalvarrosa/4410/reschedule

Disculpa las molestias.
Equipo de Selección de Cocinas Malvarrosa
"""),
]
