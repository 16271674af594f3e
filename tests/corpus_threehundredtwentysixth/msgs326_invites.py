"""Invitations, moved or cancelled slots and missed-interview notices outside the long threads.
Written blind for the 326th corpus."""

from __future__ import annotations

from msgs326_common import DISCLAIMER_DE, m

LLV = ("Ute Brandhorst", "ute.brandhorst@lv-nordhessen.example.de")
PROP = ("Jens Hartung | ProPersonal Nordhessen", "j.hartung@propersonal-nh.example.de")
SALZ = ("Mag. Verena Pichler", "verena.pichler@salzach-feinkost.example.at")
TEMPO = ("TempoJob Zeitarbeit Erfurt", "erfurt@tempojob.example.de")
PINZ = ("Andrea Hofer", "andrea.hofer@pinzgauer-milchhof.example.at")
MAIN = ("Christoph Lanz", "christoph.lanz@mainufer-feinkost.example.de")
QUALI = ("Dr. Henrike Sassenberg", "sassenberg@qualifood-beratung.example.de")
HARW = ("Oliver Pennington", "oliver@harwood-foodtalent.example.co.uk")
PRIYA = ("Priya Raman", "priya.raman@hallam-snacks.example.com")
CRANE = ("Hannah Crane", "hannah.crane@sterlingcrane.example.co.uk")
ACP = ("Luca Bernasconi", "luca.bernasconi@alpinecereal.example.ch")
FLI = ("Julien Carpentier - Flandres Intérim", "julien.carpentier@flandres-interim.example.fr")
DELC = ("Sophie Lemaire", "s.lemaire@delcourt-surgeles.example.fr")
URDA = ("Garazi Olabarria", "garazi.olabarria@lacteos-urdaibai.example.es")
ANE = ("Ane Uribe", "ane.uribe@panificadora-nervion.example.es")

GOLD_ORIGINAL = m(
    "goldaehre_original", "interview_invitation", "de", "2026-02-02 09:12 +0100",
    ("Birgit Sandmann", "b.sandmann@goldaehre.example.de"),
    "Vorstellungsgespräch Herr Engelhardt-Kühn",
    """Hallo Herr Hartung,

danke für den Vorschlag. Wir würden Herrn Engelhardt-Kühn gern am Freitag, 6. Februar, um 9:00 Uhr bei uns in Göttingen (Otto-Hahn-Straße 14, Empfang Verwaltung) kennenlernen. Gesprächspartner sind Herr Nolte (Produktionsleitung) und ich.

Bitte geben Sie den Termin an ihn weiter.

Viele Grüße
Birgit Sandmann
Personal, Goldähre Großbäckerei""",
    to=PROP, company="Goldähre Großbäckerei", cs="iso-8859-1", cte="qp")

SPECS = [
    # ---------------- invitations
    m("goldaehre_fwd", "interview_invitation", "de", "2026-02-02 10:05 +0100", PROP,
      "WG: Vorstellungsgespräch Herr Engelhardt-Kühn",
      """Hallo Herr Engelhardt-Kühn,

gute Nachrichten: Die Goldähre Großbäckerei möchte Sie kennenlernen! Unten die Nachricht von Frau Sandmann mit den Details – Freitag, 6. Februar, 9:00 Uhr in Göttingen.

Passt Ihnen das? Dann gebe ich die Zusage weiter. Ich rufe Sie am Donnerstag noch einmal zur Vorbereitung an.

Viele Grüße
Jens Hartung
ProPersonal Nordhessen""",
      company="Goldähre Großbäckerei", contact=PROP[1], fwd=GOLD_ORIGINAL,
      subj_enc=("q", "utf-8")),
    m("llv_invite", "interview_invitation", "de", "2026-03-10 11:30 +0100", LLV,
      "Einladung zum Auswahlgespräch – Kennziffer 2026-17",
      """Sehr geehrter Herr Engelhardt-Kühn,

im Rahmen des Auswahlverfahrens zur Kennziffer 2026-17 (Lebensmittelkontrolleur/in in Ausbildung) laden wir Sie zu einem strukturierten Auswahlgespräch ein.

Termin: Donnerstag, 26. März 2026, 13:00 Uhr
Ort: Landesamt für Verbraucherschutz Nordhessen, Ständeplatz 11, 34117 Kassel, Sitzungssaal 2

Das Gespräch dauert ca. 45 Minuten; vorab ist ein schriftlicher Kurztest (20 Minuten) zu bearbeiten. Bitte bringen Sie Ihren Personalausweis sowie Ihre Originalzeugnisse mit. Reisekosten können nicht erstattet werden.

Bitte bestätigen Sie Ihre Teilnahme bis zum 17. März 2026.

Mit freundlichen Grüßen
Im Auftrag
Ute Brandhorst
Sachgebiet Personal""",
      company="Landesamt für Verbraucherschutz Nordhessen", contact=LLV[1], cs="iso-8859-1",
      cte="8bit",
      pdf=[("Einladung_Auswahlgespraech_2026-17.pdf", ["Landesamt fuer Verbraucherschutz",
            "Einladung zum Auswahlgespraech", "26.03.2026, 13:00 Uhr, Sitzungssaal 2"])]),
    m("salzach_call", "interview_invitation", "de", "2026-04-08 10:40 +0200", SALZ,
      "Telefonisches Erstgespräch",
      """Sehr geehrter Herr Engelhardt-Kühn,

vielen Dank für Ihre Bewerbung als Qualitätssicherungstechniker. Gerne würde ich mit Ihnen ein telefonisches Erstgespräch führen, um Sie besser kennenzulernen.

Wäre Ihnen Dienstag, der 14. April, um 10:30 Uhr recht? Ich rufe Sie unter Ihrer Mobilnummer an.

Mit freundlichen Grüßen aus Salzburg
Mag. Verena Pichler
Human Resources, Salzach Feinkost""",
      company="Salzach Feinkost", contact=SALZ[1], cs="windows-1252", cte="qp"),
    m("tempojob_invite", "interview_invitation", "de", "2026-02-16 15:15 +0100", TEMPO,
      "Vorstellungstermin beim Kunden am Donnerstag",
      """Hallo Herr Engelhardt-Kühn,

wie telefonisch besprochen, hier die Details zu Ihrem Vorstellungstermin bei unserem Kunden (Lebensmittelhersteller, Erfurt-Nord):

Donnerstag, 19.02.2026, 7:30 Uhr
Treffpunkt: Pforte, Sie werden dort von der Schichtleitung abgeholt
Bitte Sicherheitsschuhe mitbringen.

Bei Rückfragen sind wir unter 0361 55 29 10 erreichbar.

Freundliche Grüße
Ihr TempoJob-Team Erfurt""",
      company="TempoJob", cte="8bit"),
    m("untersberg_link", "interview_invitation", "de", "2026-06-15 09:00 +0200",
      ("Lisa Gruber von Untersberg Backwaren", "recruiting@untersberg-backwaren.personio.de"),
      "Terminvereinbarung für Ihr Kennenlerngespräch",
      """Hallo Herr Engelhardt-Kühn,

vielen Dank für Ihre Bewerbung als Hygienebeauftragter (m/w/d). Wir möchten Sie gerne zu einem Kennenlerngespräch per Video einladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus (verfügbar bis 19. Juni):
https://untersberg-backwaren.personio.example/termin/7f3a2c

Das Gespräch dauert etwa 45 Minuten. Sie sprechen mit mir und unserem Werksleiter, Herrn Moser.

Wir freuen uns auf Sie!
Lisa Gruber
HR Business Partnerin""",
      company="Untersberg Backwaren", fmt="html", reply_to=("Lisa Gruber", "lisa.gruber@untersberg-backwaren.example.at"),
      contact="lisa.gruber@untersberg-backwaren.example.at"),
    m("pinzgau_trial", "interview_invitation", "de", "2026-07-20 14:20 +0200", PINZ,
      "Einladung zum Probetag in Maishofen",
      """Sehr geehrter Herr Engelhardt-Kühn,

nach unserem ersten Gespräch würden wir Sie gerne zu einem Probetag in unsere Molkerei nach Maishofen einladen. Sie begleiten dabei unsere Qualitätssicherung bei der Wareneingangskontrolle und den Hygienerundgängen.

Termin: Mittwoch, 29. Juli 2026, 7:00 bis ca. 15:00 Uhr
Treffpunkt: Empfang, Leogangerstraße 2, 5751 Maishofen

Arbeitskleidung stellen wir. Für die Übernachtung haben wir Ihnen im Gasthof Schörhof ein Zimmer reserviert.

Beste Grüße
Andrea Hofer
Personalentwicklung, Pinzgauer Milchhof""",
      company="Pinzgauer Milchhof", contact=PINZ[1], fmt="alt", cs="windows-1252",
      cte="qp", subj_enc=("q", "windows-1252")),
    m("mainufer_invite", "interview_invitation", "de", "2026-05-04 16:45 +0200", MAIN,
      "Kurzes Videogespräch diese Woche?",
      """Guten Tag Herr Engelhardt-Kühn,

Ihre Bewerbung für unsere Qualitätssicherung hat mich neugierig gemacht. Hätten Sie Donnerstag, 7. Mai, um 8:30 Uhr Zeit für ein Videogespräch von etwa 30 Minuten? Den Link schicke ich Ihnen nach Ihrer Zusage.

Freundliche Grüße
Christoph Lanz
Leitung Qualität, Mainufer Feinkost""",
      company="Mainufer Feinkost", contact=MAIN[1]),
    m("qualifood_invite", "interview_invitation", "de", "2026-08-10 12:10 +0200", QUALI,
      "Vertrauliches Gespräch – Mandat QM-Leitung Backwaren",
      """Lieber Herr Engelhardt-Kühn,

vielen Dank für das erste Telefonat. Wie besprochen möchte ich Sie gerne zu einem vertiefenden Interview einladen, bevor ich Ihr Profil meinem Mandanten – einem mittelständischen Backwarenhersteller in Hessen – vorstelle.

Vorschlag: Donnerstag, 13. August, 11:00 Uhr per Zoom. Den Zugangslink erhalten Sie separat.

Herzliche Grüße
Dr. Henrike Sassenberg
QualiFood Personalberatung""",
      company="QualiFood Personalberatung", contact=QUALI[1], name_enc=("b", "utf-8"),
      fmt="alt"),

    m("kestrel_invite", "interview_invitation", "en", "2026-08-31 11:25 +0100", HARW,
      "Kestrel Food Labs would like to meet you",
      """Hi Tobias,

Hope the summer treated you well! Kestrel Food Labs in Frankfurt are hiring a Food Safety Technician for their accredited microbiology lab, and after seeing your CV they'd like to interview you.

Proposed slot: Friday 4 September, 10:00 CEST, on site at their lab in Frankfurt-Höchst, with the lab manager, Dr. Felix Braun.

Let me know if that works and I'll confirm with them.

Best,
Oliver Pennington
Harwood Food Talent""",
      company="Kestrel Food Labs", contact=HARW[1], cte="qp"),
    m("hallam_link", "interview_invitation", "en", "2026-05-05 13:02 +0200",
      ("Priya Raman from Hallam Snacks Europe", "no-reply@ashbyhq.com"),
      "Schedule your interview with Hallam Snacks Europe",
      """Hi Tobias,

Thanks for applying for the QA Technician role in Frankfurt! We'd love to set up a 30-minute video interview with our Site Quality Lead.

Please pick a time that suits you using the link below:
https://jobs.ashbyhq.example/hallam-snacks/schedule/3d91e0

If none of the times work, just reply to this email and I'll find another slot.

Best,
Priya Raman
Talent Partner, Hallam Snacks Europe""",
      company="Hallam Snacks Europe", contact=PRIYA[1], reply_to=PRIYA, fmt="alt"),
    m("sterling_invite", "interview_invitation", "en", "2026-09-01 09:30 +0100", CRANE,
      "Confidential search – initial interview",
      """Hi Tobias,

Thanks for sending your CV over. I'm running a confidential search for a Head of Food Safety with a bakery group in the Rhine-Main area, and I'd like to have an initial interview with you before I present you to my client.

Would Thursday 3 September at 14:00 (German time) work for a 45-minute call? I'll ring your mobile.

Kind regards,
Hannah Crane
Director, Sterling & Crane Executive Search
14 Bedford Row, London WC1R 4ED""",
      company="Sterling & Crane Executive Search", contact=CRANE[1]),
    m("acp_invite", "interview_invitation", "en", "2026-07-01 10:00 +0200",
      ("Luca Bernasconi via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Quality Assurance Technician – Alpine Cereal Partners",
      """Hi Tobias,

Thanks for your application for Quality Assurance Technician at Alpine Cereal Partners in Zurich. We'd like to invite you to a video interview with our Quality Manager, Dr. Mirjam Studer, and myself.

When: Wednesday, 8 July 2026, 15:00–16:00 (Europe/Zurich)
Where: Google Meet (link in the calendar invitation)

Please accept the calendar invite to confirm. If you need to change the time, reply to this message.

Best regards,
Luca Bernasconi
Talent Acquisition Partner""",
      company="Alpine Cereal Partners", contact=ACP[1], reply_to=ACP, fmt="cal",
      ics={"uid": "gh-interview-88120@alpinecereal.example.ch", "seq": 0, "tz": "Europe/Zurich",
           "start": "20260708T150000", "end": "20260708T160000",
           "summary": "Interview: Tobias Engelhardt-Kühn – QA Technician",
           "location": "Google Meet", "organizer": ACP, "prodid": "Greenhouse//Scheduler"}),
    m("eurofood_invite", "interview_invitation", "fr", "2026-05-26 12:02 +0200", FLI,
      "Entretien chez Eurofood Analyses",
      """Bonjour Tobias,

Bonne nouvelle : Eurofood Analyses souhaite te rencontrer pour la mission de technicien de laboratoire (6 mois, renouvelable). Rendez-vous le lundi 1er juin à 14h00, 8 rue du Professeur Calmette à Lille, accueil du bâtiment B. Tu seras reçu par M. Hennebert, responsable du laboratoire.

Confirme-moi ta présence par retour de mail.

Julien Carpentier
Flandres Intérim""",
      company="Eurofood Analyses", contact=FLI[1], name_enc=("b", "utf-8")),
    m("delcourt_call", "interview_invitation", "fr", "2026-04-15 08:50 +0200", DELC,
      "Entretien téléphonique – Technicien qualité",
      """Bonjour Monsieur Engelhardt-Kühn,

Votre candidature au poste de technicien qualité a retenu notre attention. Je vous propose un premier entretien téléphonique le mardi 21 avril à 9h30, d'une durée de 30 minutes environ.

Merci de me confirmer ce créneau et le numéro auquel vous joindre.

Cordialement,
Sophie Lemaire
Responsable RH – Delcourt Surgelés""",
      company="Delcourt Surgelés", contact=DELC[1], cs="windows-1252", cte="qp",
      subj_enc=("q", "windows-1252")),
    m("urdaibai_invite", "interview_invitation", "es", "2026-05-25 11:15 +0200", URDA,
      "Segunda entrevista – Técnico/a de Laboratorio",
      """Estimado Tobias:

Tras la primera entrevista telefónica, nos gustaría invitarte a una segunda entrevista presencial en nuestras instalaciones de Gernika el martes 2 de junio a las 10:00. Conocerás al equipo de laboratorio y harás una pequeña prueba práctica de análisis de grasa en leche.

Te agradecería que me confirmaras la asistencia.

Saludos,
Garazi Olabarria
RR. HH. – Lácteos Urdaibai""",
      company="Lácteos Urdaibai", contact=URDA[1], fmt="alt", cs="windows-1252", cte="qp"),
    m("nervion_video", "interview_invitation", "es", "2026-01-27 10:20 +0100",
      ("Ane Uribe de Panificadora Nervión", "no-reply@teamtailor-mail.com"),
      "Te invitamos a una videoentrevista",
      """Hola Tobias:

¡Gracias por tu candidatura para Responsable de Higiene y Seguridad Alimentaria! Nos gustaría conocerte en una videoentrevista de 30 minutos el martes 3 de febrero a las 12:00.

Únete desde este enlace a la hora indicada:
https://panificadora-nervion.teamtailor.example/meet/5512

Si tienes cualquier duda, responde a este correo.

Un saludo,
Ane Uribe
Selección – Panificadora Nervión""",
      company="Panificadora Nervión", contact=ANE[1], reply_to=ANE, fmt="html",
      name_enc=("b", "utf-8"), subj_enc=("q", "utf-8")),

    # ---------------- moved / cancelled slots
    m("llv_move", "interview_reschedule_or_cancel", "de", "2026-03-18 14:02 +0100", LLV,
      "Verlegung Auswahlgespräch – Kennziffer 2026-17",
      """Sehr geehrter Herr Engelhardt-Kühn,

aus organisatorischen Gründen müssen die Auswahlgespräche zur Kennziffer 2026-17 verlegt werden. Ihr neuer Termin ist

Dienstag, 31. März 2026, 9:30 Uhr, Sitzungssaal 2.

Alle übrigen Angaben aus der Einladung vom 10. März 2026 gelten weiterhin. Sollte Ihnen der neue Termin nicht möglich sein, teilen Sie uns dies bitte umgehend mit.

Mit freundlichen Grüßen
Im Auftrag
Ute Brandhorst""",
      company="Landesamt für Verbraucherschutz Nordhessen", contact=LLV[1],
      parent="llv_invite", cs="iso-8859-1", cte="qp"),
    m("goldaehre_move", "interview_reschedule_or_cancel", "de", "2026-02-04 12:30 +0100", PROP,
      "Goldähre: Termin Freitag verschoben",
      """Hallo Herr Engelhardt-Kühn,

kurze Änderung: Herr Nolte ist am Freitag auf einer Messe, deshalb möchte die Goldähre Großbäckerei das Gespräch auf Dienstag, 10. Februar, 9:00 Uhr verschieben. Ort bleibt gleich.

Geht das bei Ihnen? Kurze Rückmeldung genügt.

Gruß
Jens Hartung""",
      company="Goldähre Großbäckerei", contact=PROP[1], parent="goldaehre_fwd", quote="de",
      subj_enc=("b", "utf-8")),
    m("untersberg_cancel", "interview_reschedule_or_cancel", "de", "2026-06-22 08:05 +0200",
      ("Lisa Gruber", "lisa.gruber@untersberg-backwaren.example.at"),
      "Abgesagt: Kennenlerngespräch Hygienebeauftragter",
      """Hallo Herr Engelhardt-Kühn,

leider muss ich unser Gespräch am Mittwoch absagen, da Herr Moser kurzfristig verhindert ist. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

Danke für Ihr Verständnis!
Lisa Gruber""",
      company="Untersberg Backwaren", contact="lisa.gruber@untersberg-backwaren.example.at",
      fmt="calplain", parent="untersberg_link",
      ics={"uid": "personio-int-20260624-1@untersberg-backwaren.example.at", "seq": 2,
           "method": "CANCEL", "tz": "Europe/Vienna", "start": "20260624T100000",
           "end": "20260624T104500", "summary": "Kennenlerngespräch – Tobias Engelhardt-Kühn",
           "location": "Microsoft Teams", "prodid": "Personio//Interview"}),
    m("pinzgau_move", "interview_reschedule_or_cancel", "de", "2026-07-24 17:12 +0200", PINZ,
      "AW: Einladung zum Probetag in Maishofen",
      """Sehr geehrter Herr Engelhardt-Kühn,

wegen der Unwetterschäden an unserer Zufahrt müssen wir den Probetag am 29. Juli leider verschieben. Neuer Termin wäre Mittwoch, 5. August, gleiche Uhrzeit. Das Zimmer im Gasthof haben wir bereits umgebucht.

Bitte geben Sie mir kurz Bescheid, ob das für Sie passt.

Beste Grüße
Andrea Hofer""",
      company="Pinzgauer Milchhof", contact=PINZ[1], parent="pinzgau_trial",
      quote="outlook_de", cs="windows-1252", cte="8bit"),
    m("mainufer_postpone", "interview_reschedule_or_cancel", "de", "2026-05-06 18:40 +0200",
      MAIN, "Re: Kurzes Videogespräch diese Woche?",
      """Guten Abend Herr Engelhardt-Kühn,

ich muss unser Gespräch morgen früh leider absagen, mich hat eine Grippe erwischt. Sobald ich wieder im Büro bin, schlage ich Ihnen einen neuen Termin vor.

Freundliche Grüße
Christoph Lanz""",
      company="Mainufer Feinkost", contact=MAIN[1], parent="mainufer_invite", quote="de"),

    m("acp_update", "interview_reschedule_or_cancel", "en", "2026-07-03 09:14 +0200",
      ("Luca Bernasconi via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Updated invitation: Quality Assurance Technician – Alpine Cereal Partners",
      """Hi Tobias,

Dr. Studer has a clash on Wednesday afternoon, so we've moved your interview to Thursday, 9 July 2026, 10:00–11:00 (Europe/Zurich). The updated calendar invitation is attached; the Google Meet link stays the same.

Sorry for the change, and thanks for your flexibility.

Best regards,
Luca Bernasconi""",
      company="Alpine Cereal Partners", contact=ACP[1], reply_to=ACP, fmt="cal",
      parent="acp_invite",
      ics={"uid": "gh-interview-88120@alpinecereal.example.ch", "seq": 1, "tz": "Europe/Zurich",
           "start": "20260709T100000", "end": "20260709T110000",
           "summary": "Interview: Tobias Engelhardt-Kühn – QA Technician",
           "location": "Google Meet", "organizer": ACP, "prodid": "Greenhouse//Scheduler"}),
    m("kestrel_cancel", "interview_reschedule_or_cancel", "en", "2026-09-03 16:55 +0100", HARW,
      "RE: Kestrel Food Labs would like to meet you",
      """Hi Tobias,

Apologies – Kestrel have had to cancel tomorrow's interview as Dr. Braun is tied up with an unannounced DAkkS surveillance visit. They're still keen and will come back with new dates next week. I'll let you know as soon as I hear.

Oliver""",
      company="Kestrel Food Labs", contact=HARW[1], parent="kestrel_invite",
      quote="outlook_en"),
    m("delcourt_move", "interview_reschedule_or_cancel", "fr", "2026-04-20 15:10 +0200", DELC,
      "RE: Entretien téléphonique – Technicien qualité",
      """Bonjour Monsieur Engelhardt-Kühn,

Un imprévu m'oblige à décaler notre entretien de demain. Seriez-vous disponible le jeudi 23 avril à 9h30 ? Je vous appellerai au même numéro.

Avec mes excuses,
Sophie Lemaire""",
      company="Delcourt Surgelés", contact=DELC[1], parent="delcourt_call", quote="fr",
      cs="windows-1252", cte="8bit"),
    m("eurofood_move", "interview_reschedule_or_cancel", "fr", "2026-05-29 10:44 +0200", FLI,
      "Report de ton entretien chez Eurofood",
      """Salut Tobias,

Petit changement : Eurofood Analyses doit reporter ton entretien de lundi, M. Hennebert étant en formation. Ils proposent le mercredi 3 juin à 10h30, même adresse. Tu me dis si ça te va ?

Julien""",
      company="Eurofood Analyses", contact=FLI[1], parent="eurofood_invite",
      name_enc=("b", "utf-8"), fmt="alt"),
    m("urdaibai_move", "interview_reschedule_or_cancel", "es", "2026-05-29 13:30 +0200", URDA,
      "RE: Segunda entrevista – Técnico/a de Laboratorio",
      """Hola Tobias:

Tenemos que cambiar la hora de la entrevista del martes: en lugar de las 10:00 será a las 12:30, porque por la mañana tenemos una inspección del Departamento de Salud. El resto se mantiene igual.

Disculpa las molestias.

Garazi""",
      company="Lácteos Urdaibai", contact=URDA[1], parent="urdaibai_invite", quote="es",
      cs="windows-1252", cte="qp", subj_enc=("b", "windows-1252")),

    # ---------------- missed interviews
    m("salzach_missed", "missed_interview_notice", "de", "2026-04-14 10:58 +0200", SALZ,
      "Unser Telefontermin heute",
      """Sehr geehrter Herr Engelhardt-Kühn,

ich habe heute um 10:30 Uhr wie vereinbart versucht, Sie telefonisch zu erreichen – leider ohne Erfolg, auch auf der Mobilbox konnte ich keine Nachricht hinterlassen.

Falls Sie weiterhin Interesse haben, melden Sie sich gerne bei mir, dann vereinbaren wir einen neuen Termin.

Mit freundlichen Grüßen
Mag. Verena Pichler""",
      company="Salzach Feinkost", contact=SALZ[1], parent="salzach_call", quote="de",
      cs="windows-1252", cte="qp"),
    m("tempojob_noshow", "missed_interview_notice", "de", "2026-02-19 09:20 +0100", TEMPO,
      "Ihr Vorstellungstermin heute früh",
      """Hallo Herr Engelhardt-Kühn,

unser Kunde hat uns gerade informiert, dass Sie heute um 7:30 Uhr nicht zum Vorstellungstermin erschienen sind. Die Schichtleitung hat eine Viertelstunde an der Pforte gewartet.

Bitte melden Sie sich umgehend bei uns, damit wir dem Kunden eine Erklärung geben können.

Freundliche Grüße
Ihr TempoJob-Team Erfurt""",
      company="TempoJob", parent="tempojob_invite"),
    m("qualifood_missed", "missed_interview_notice", "de", "2026-08-13 11:22 +0200", QUALI,
      "Heute 11:00 Uhr – ich habe Sie im Zoom vermisst",
      """Lieber Herr Engelhardt-Kühn,

wir waren heute um 11:00 Uhr zum Zoom-Interview verabredet. Ich war bis 11:20 Uhr im Meeting, habe Sie aber leider nicht angetroffen und auch telefonisch nicht erreicht.

Ich hoffe, es ist nichts passiert. Lassen Sie mich gerne wissen, ob wir einen neuen Termin finden wollen.

Herzliche Grüße
Henrike Sassenberg

""" + DISCLAIMER_DE,
      company="QualiFood Personalberatung", contact=QUALI[1], name_enc=("b", "utf-8"),
      parent="qualifood_invite"),
    m("hallam_missed", "missed_interview_notice", "en", "2026-05-08 10:24 +0200", PRIYA,
      "Missed you this morning",
      """Hi Tobias,

We had you booked in for a video interview at 10:00 today with our Site Quality Lead, but we didn't see you join the call. We waited about 15 minutes.

I hope everything's okay. If you'd still like to be considered, reply with a couple of times that work for you next week and I'll see what I can do.

Best,
Priya""",
      company="Hallam Snacks Europe", contact=PRIYA[1], fmt="alt"),
    m("sterling_missed", "missed_interview_notice", "en", "2026-09-03 14:20 +0100", CRANE,
      "Our call at 14:00",
      """Hi Tobias,

I tried your mobile at 14:00 as agreed and again at 14:10 but couldn't get through. No problem if something came up – just let me know a better time and we'll pick it up.

Kind regards,
Hannah""",
      company="Sterling & Crane Executive Search", contact=CRANE[1], parent="sterling_invite",
      quote="en"),
    m("delcourt_missed", "missed_interview_notice", "fr", "2026-04-23 09:52 +0200", DELC,
      "Notre entretien de ce matin",
      """Bonjour Monsieur Engelhardt-Kühn,

Je vous ai appelé à 9h30 comme convenu, puis à nouveau à 9h45, sans parvenir à vous joindre. Je vous ai laissé un message vocal.

Si vous êtes toujours intéressé par le poste, merci de me recontacter afin que nous puissions fixer un nouveau rendez-vous.

Cordialement,
Sophie Lemaire""",
      company="Delcourt Surgelés", contact=DELC[1], cs="iso-8859-1", cte="qp"),
    m("nervion_missed", "missed_interview_notice", "es", "2026-02-03 12:25 +0100", ANE,
      "No te hemos visto en la videoentrevista",
      """Hola Tobias:

Te hemos estado esperando en la videoentrevista de las 12:00, pero no te has conectado. ¿Ha habido algún problema con el enlace?

Si sigues interesado, dime cuándo te vendría bien y buscamos otro hueco esta semana.

Un saludo,
Ane Uribe
Panificadora Nervión""",
      company="Panificadora Nervión", contact=ANE[1], cte="8bit"),
    m("temporis_noshow", "missed_interview_notice", "es", "2026-07-16 10:35 +0200",
      ("Temporis ETT – Oficina Bilbao", "bilbao@temporis-ett.example.es"),
      "No acudiste a la entrevista de hoy",
      """Hola Tobias:

La empresa cliente nos ha comunicado que esta mañana no te presentaste a la entrevista de las 9:00 en sus instalaciones de Basauri. Estuvieron esperándote un buen rato.

Por favor, llámanos al 944 20 18 75 para explicarnos qué ha pasado.

Departamento de Selección
Temporis ETT – Bilbao""",
      company="Temporis", cs="windows-1252", cte="qp"),
]

