"""Hand-written specs for interview invitations, reschedules/cancellations and no-show notices.

Data only, read by make_sixtyseventh.py; imports the m() helper from msgs67_jobs and datetime.
"""

from __future__ import annotations

from datetime import UTC, datetime

from msgs67_jobs import m

INV = "interview_invitation"
C = "interview_reschedule_or_cancel"
N = "missed_interview_notice"


def t(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """An interview start in UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


MESSAGES = [
    # ---------------- invitations ----------------
    m(INV, "telefoninterview_de", "de", "Dreiländer Diagnostics", "Marco Keller <m.keller@dreilaender-dx.example.com>",
      "Ihre Bewerbung QA Specialist GMP",
      """Guten Tag Frau Wüthrich-Adeyemi

Besten Dank für Ihre Bewerbung. Ihr Profil hat uns angesprochen und wir würden Sie gerne in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Passt Ihnen Donnerstag, 12. Februar um 10:00 Uhr oder Freitag, 13. Februar um 14:00 Uhr? Ich würde Sie unter der Nummer in Ihrem CV anrufen.

Freundliche Grüsse
Marco Keller
Head Quality Operations
Dreiländer Diagnostics AG, Allschwil"""),
    m(INV, "calendly_en", "en", "Tessellate Bio", "Megan O'Connell <megan.oconnell@tessellatebio.example.com>",
      "Tessellate Bio - next steps",
      """Hi Jana,

Thanks for applying for the Senior Manager, Clinical Operations role! I'd love to set up a 30-minute intro call to learn more about your background and walk you through the role.

Please grab a time that works for you here: https://calendly.com/megan-tessellate/30min

Looking forward to chatting!
Megan
Talent Partner | Tessellate Bio""", fmt="alt", links=[("Book a time", "https://calendly.com/megan-tessellate/30min")]),
    m(INV, "teams_ics_de", "de", "Helvion", "Andrea Schmid <andrea.schmid@helvion.example.ch>",
      "Einladung: Videointerview Clinical Project Manager",
      """Liebe Frau Wüthrich-Adeyemi

Gerne laden wir Sie zu einem Videointerview via Microsoft Teams ein:

Datum: Dienstag, 10. März 2026
Zeit: 14:00 - 15:00 Uhr
Teilnehmende: Andrea Schmid (HR), Dr. Luca Bernasconi (Head Clinical Operations)

Den Link finden Sie in der beigefügten Kalendereinladung.

Freundliche Grüsse
Andrea Schmid
Talent Acquisition Partner
Helvion AG, Basel""", ics=(t(3, 10, 13), 60, "Videointerview Clinical Project Manager - Helvion", "REQUEST"),
      ics_uid="helvion-cpm-interview-0310@helvion.example.ch"),
    m(INV, "quick_chat_en", "en", "Corvanta", "Liam Byrne <liam.byrne@corvanta.example.ie>",
      "Quick question",
      """Hi Jana,

I'm the hiring manager for the PV Scientist role in Dublin - saw your application come through. Would you be free for a quick chat sometime this week? Wed or Thu afternoon your time would suit me.

Liam

--
Liam Byrne | Head of Drug Safety Operations | Corvanta
Block 3, Harcourt Centre, Dublin 2"""),
    m(INV, "goodtime_en", "en", "Sterling & Rowe Biotech", "Sterling & Rowe Recruiting <scheduling@goodtime.io>",
      "Schedule your interview with Sterling & Rowe Biotech",
      """Hi Jana,

Sterling & Rowe Biotech would like to schedule a 45-minute interview with you for the Clinical Project Manager II role.

Please select the times that work for you using the link below. Your interviewers will be Caroline Hughes and Mark Devlin.

Questions? Reply to this email and it will reach Caroline Hughes (caroline.hughes@sterlingrowe.example.com).

Powered by GoodTime""", fmt="html", reply_to="Caroline Hughes <caroline.hughes@sterlingrowe.example.com>",
      links=[("Select times", "https://app.goodtime.io/schedule/abc123")]),
    m(INV, "fachgespraech_de", "de", "Jura Biologics", "Philipp Roth <philipp.roth@jurabiologics.example.ch>",
      "Einladung zum Fachgespräch",
      """Grüezi Frau Wüthrich-Adeyemi

Merci vielmal für das angenehme Telefonat letzte Woche. Wir möchten Sie gerne zu einem Fachgespräch vor Ort in Visp einladen, zusammen mit unserer QA-Leiterin Sabine Amherd.

Vorschlag: Mittwoch, 22. April, 09:30 Uhr, Dauer ca. 2 Stunden inkl. Rundgang durch die Produktion (bitte geschlossene Schuhe).

Die Reisekosten übernehmen wir selbstverständlich. Geben Sie mir kurz Bescheid, ob das passt?

Viele Grüsse
Philipp Roth
Jura Biologics, Visp""", charset="iso-8859-1", cte="qp"),
    m(INV, "agency_next_round_de", "de", "Vireon Pharma", "Sandra Imhof <sandra.imhof@kestrelpartners.example.ch>",
      "Vireon - 2. Runde!",
      """Hoi Jana

Super Neuigkeiten: Vireon möchte dich in die nächste Runde nehmen! Es wäre ein Gespräch mit der Bereichsleitung Regulatory (Dr. Nina Vogt) und einer Person aus dem Global Team.

Sie hätten zwei Optionen: Mo 16.3. um 13:00 oder Mi 18.3. um 8:30, vor Ort in Basel (Rosental). Was passt dir besser?

Liebe Grüsse
Sandra

Sandra Imhof | Partner
Kestrel Partners AG | +41 61 555 20 40"""),
    m(INV, "fr_entretien_visio", "fr", "Genévia Medical", "Aurélie Favre <aurelie.favre@genevia-medical.example.ch>",
      "Entretien - Spécialiste Affaires Réglementaires",
      """Bonjour Madame Wüthrich-Adeyemi,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un premier entretien en visioconférence (Teams) avec notre responsable réglementaire.

Seriez-vous disponible le jeudi 26 mars à 11h00 ? Merci de nous confirmer votre présence par retour de mail.

Meilleures salutations,
Aurélie Favre
Ressources Humaines
Genévia Medical SA
Tél. +41 22 555 40 40""", charset="iso-8859-1"),
    m(INV, "workday_selfschedule", "en", "Rheintal Pharma", "Rheintal Pharma Careers <rheintalpharma@myworkday.com>",
      "Action required: schedule your interview",
      """Dear Jana,

Congratulations! You have been selected to move forward in the recruitment process for Medical Affairs Manager Switzerland (R-48990).

Please log in to your candidate home and schedule your interview with the hiring team using the self-scheduling tool. Available slots are shown for the next 10 business days.

Kind regards,
Talent Acquisition
Rheintal Pharma AG

This message was sent from an unmonitored mailbox.""", fmt="html", logo="Rheintal Pharma",
      links=[("Schedule interview", "https://rheintalpharma.wd3.myworkday.com/careers/tasks")]),
    m(INV, "assessment_de", "de", "Universitätsspital Nordwest", "Dr. Fabian Wenger <fabian.wenger@usnw.example.ch>",
      "Einladung Assessment und Gespräch",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Wir freuen uns, Sie in die zweite Auswahlrunde für die Stelle Leiterin Clinical Trial Unit einzuladen. Diese besteht aus einem halbtägigen Assessment mit Fallstudie und einem anschliessenden Gespräch mit der Spitaldirektion.

Termin: Freitag, 8. Mai 2026, 08:00 bis ca. 12:30 Uhr
Ort: Universitätsspital Nordwest, Haus B, Sitzungszimmer 4.12

Die Unterlagen zur Fallstudie erhalten Sie am Vortag. Bitte bestätigen Sie den Termin bis Montag.

Freundliche Grüsse
Dr. Fabian Wenger
Bereichsleiter Forschung
Universitätsspital Nordwest
+41 61 555 33 00""", ics=(t(5, 8, 6), 270, "Assessment Leiterin CTU", "REQUEST")),
    m(INV, "es_entrevista", "es", "Laboratorios Montjuïc", "Núria Puig <nuria.puig@labmontjuic.example.es>",
      "Entrevista - Especialista en Farmacovigilancia",
      """Hola Jana,

Soy Núria, del equipo de Talento de Laboratorios Montjuïc. Hemos revisado tu candidatura para otra vacante y nos gustaría conocerte para el puesto de Especialista Senior en Farmacovigilancia.

¿Te iría bien una videollamada de 45 minutos el martes 14 de abril a las 10:00 (hora de Barcelona)? Si no, proponme otro horario.

Gracias y un saludo,
Núria Puig
Talent Acquisition | Laboratorios Montjuïc"""),
    m(INV, "colombia_en_panel", "en", "Andina BioSciences", "Camila Restrepo <camila.restrepo@andinabio.example.co>",
      "Panel interview invitation - Clinical Operations Manager EU",
      """Dear Jana,

I hope this email finds you very well. On behalf of Andina BioSciences, it is a pleasure to invite you to a panel interview for the position of Clinical Operations Manager for our new European hub in Madrid.

The panel will include our VP of Clinical Development, our Quality Director and myself. It will be held on Zoom on Tuesday, May 19 at 4:00 pm CEST (9:00 am Bogotá), and will last approximately one hour.

Please confirm your availability at your earliest convenience.

Warm regards,
Camila Restrepo
Talent Manager | Andina BioSciences
Medellín, Colombia"""),
    m(INV, "hiring_mgr_mobile_de", "de", "Kintsu Bio", "Jonas Lehmann <jonas.lehmann@kintsu-bio.example.com>",
      "Re: Clinical Ops Lead",
      """Hi Jana, danke für dein CV. Hättest du Zeit für einen kurzen Call morgen um 17h? Lg Jonas

Von meinem iPhone gesendet""",
      quote=("de", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>", "Hallo Jonas\nWie am Life Science Meetup besprochen anbei mein CV.\nLiebe Grüsse, Jana")),
    m(INV, "greek_en_video", "en", "Aegean Pharma Logistics", "Eleni Papadaki <e.papadaki@aegeanpharmalog.example.gr>",
      "Application - GDP Quality Manager",
      """Dear Mrs Wuthrich,

Thank you for your application for the position GDP Quality Manager for our new Basel warehouse. We would like to arrange a video interview with our Managing Director Mr. Nikos Georgiou and myself.

Could you be available on Monday 2 March at 11:00 Swiss time? The meeting will be by Microsoft Teams and we will send the link.

With kind regards,
Eleni Papadaki
HR & Administration
Aegean Pharma Logistics S.A."""),
    m(INV, "headhunter_de_kennenlernen", "de", "Ostschweizer Medizintechnik", "Esther Kunz <esther.kunz@kunz-partner.example.ch>",
      "Mandat Head Regulatory Affairs - Gespräch beim Kunden",
      """Guten Tag Frau Wüthrich-Adeyemi

Die Ostschweizer Medizintechnik AG möchte Sie gerne persönlich kennenlernen. Das Gespräch findet mit dem CEO und der Leiterin Qualität in St. Gallen statt.

Vorgeschlagene Daten:
- Dienstag, 21. April, 14:00
- Donnerstag, 23. April, 09:00

Bitte teilen Sie mir mit, welcher Termin Ihnen passt. Ich bereite Sie gerne vorher telefonisch vor.

Freundliche Grüsse
Esther Kunz
Kunz & Partner | Executive Search, Zug
+41 41 555 70 70"""),
    m(INV, "fr_paris_deuxieme", "fr", "Santéa Pharma", "Nicolas Girard <nicolas.girard@santea-pharma.example.fr>",
      "Re: Votre candidature - Medical Affairs Manager",
      """Bonjour Jana,

Merci pour votre retour rapide. Le comité a apprécié notre premier échange et nous aimerions vous rencontrer pour un second entretien dans nos locaux de Paris La Défense, avec le Directeur Médical.

Je vous propose le 4 juin à 15h. Un déplacement pourrait-il être envisagé ? Les frais sont bien sûr pris en charge.

Cordialement,
Nicolas Girard
Talent Acquisition - Santéa Pharma""",
      quote=("fr", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>", "Bonjour Nicolas,\nMerci pour cet échange très intéressant.\nBien cordialement,\nJana")),
    m(INV, "lever_en_tech", "en", "Quillon Health", "Alex Moreau <alex.moreau@quillonhealth.example.com>",
      "Interview invite: Senior QA Auditor",
      """Hi Jana,

We'd love to move you to the next stage! This would be a 60-minute conversation with our Director of Quality, Fatima Yusuf, covering a short audit scenario (no prep needed).

Calendar invite attached for Wednesday 15 July, 3pm CEST. If it doesn't work, just reply and we'll find another slot.

Best,
Alex
People Team @ Quillon Health""", ics=(t(7, 15, 13), 60, "Quillon Health - Interview with Fatima Yusuf", "REQUEST"), fmt="alt"),
    m(INV, "de_psi_gespraech", "de", "Paul Scherrer Institut", "Dr. Martin Bühler <martin.buehler@psi.example.ch>",
      "Vorstellungsgespräch Qualitätsbeauftragte/r Radiopharmazie",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Wir danken Ihnen für Ihre Bewerbung und möchten Sie gerne zu einem Vorstellungsgespräch am PSI in Villigen einladen.

Datum: Montag, 1. Juni 2026
Zeit: 13:30 Uhr
Treffpunkt: Empfang PSI Ost

Bitte bringen Sie einen amtlichen Ausweis mit. Eine Wegbeschreibung liegt bei.

Freundliche Grüsse
Dr. Martin Bühler
Leiter Radiopharmazie-Qualität
Paul Scherrer Institut PSI""", attach="Wegbeschreibung_PSI.pdf", charset="iso-8859-1", cte="base64"),
    m(INV, "uk_first_stage", "en", "Halewood Clinical", "Priya Raman <priya.raman@halewoodclinical.example.co.uk>",
      "Halewood Clinical - Clinical Project Lead",
      """Dear Jana,

Many thanks for your application. I'm pleased to let you know the hiring manager would like to invite you for a first-stage interview over Teams. It will be with myself and Oliver Grant, Head of Clinical Delivery, and will last about 45 minutes.

Would Tuesday 23rd June at 10:00 BST suit? Do let me know at your earliest.

Kind regards,
Priya Raman
Senior Talent Partner | Halewood Clinical Ltd"""),
    m(INV, "de_vienna_du", "de", "Donaumed", "Katharina Pichler <katharina.pichler@donaumed.example.at>",
      "Kennenlernen",
      """Hallo Jana,

ich hab deine Bewerbung als Medical Affairs Lead gesehen, von der anderen Stelle her kenn ich deinen Namen schon. Hast du Lust auf ein erstes Kennenlernen per Teams? Ich hätte nächsten Dienstag ab 9 Uhr Zeit.

Liebe Grüße
Katharina Pichler
Leitung Medical Affairs | Donaumed GmbH, Wien"""),
    m(INV, "es_telefonica", "es", "Biofarma Levante", "Pablo Ferrer <pferrer@biofarmalevante.example.es>",
      "Llamada - Técnico/a de Garantía de Calidad",
      """Buenas tardes Jana,

Te escribo de Biofarma Levante. Nos ha gustado tu perfil y querríamos hacerte una entrevista telefónica breve (20 min) para conocerte.

¿Podrías el jueves a las 12:30? Te llamaría yo al móvil.

Saludos,
Pablo Ferrer
Responsable de Calidad"""),
    m(INV, "de_gemeinde_spitex", "de", "Spitex Region Bern", "Nicole Aebi <nicole.aebi@spitex-bern.example.ch>",
      "Einladung Vorstellungsgespräch",
      """Grüezi Frau Wüthrich-Adeyemi

Gerne laden wir Sie zu einem Vorstellungsgespräch für die Stelle Qualitätsverantwortliche (60-80 %) ein. Das Gespräch findet am Donnerstag, 25. Juni um 15:00 Uhr an der Effingerstrasse 20 in Bern statt.

Anwesend sind die Geschäftsleiterin und ich.

Freundliche Grüsse
Nicole Aebi
Leiterin Personal
Spitex Region Bern""", fmt="html"),
    m(INV, "de_referenz_und_finalrunde", "de", "Alpenkliniken", "Dr. Regula Zbinden <regula.zbinden@alpenkliniken.example.ch>",
      "Nächster Schritt",
      """Liebe Frau Wüthrich-Adeyemi

Vielen Dank für das gute Gespräch. Wir möchten Sie gerne zur letzten Runde einladen: eine Präsentation Ihrer Fallstudie vor der Bereichsleitung (20 Min.) mit anschliessender Diskussion.

Termin: Dienstag, 8. September, 10:00-11:30 Uhr, Alpenkliniken Luzern, Verwaltungsgebäude.

Bitte senden Sie uns bis dahin zwei Referenzpersonen.

Herzliche Grüsse
Regula Zbinden""", ics=(t(9, 8, 8), 90, "Finalrunde Leiterin Klinische Studien", "REQUEST"), fmt="alt"),
    m(INV, "fr_hcl_style", "fr", "Hôpital du Léman", "Dr Pierre Rochat <pierre.rochat@hopital-leman.example.ch>",
      "Poste de chef de projet recherche clinique",
      """Madame,

Votre dossier a retenu notre attention pour le poste de cheffe de projet en recherche clinique. Je vous propose de nous rencontrer le mercredi 9 septembre à 14h à l'Unité de recherche clinique, bâtiment C, 2e étage.

Veuillez confirmer par retour de courriel.

Bien à vous,
Dr Pierre Rochat
Responsable URC
Hôpital du Léman"""),
    m(INV, "en_recruiter_screen_exclaim", "en", "Meridian Trials", "Josh Patel <josh.patel@talentbridge-ls.example.com>",
      "Meridian Trials - phone screen!!",
      """Hi Jana!!

Great news - Meridian Trials LOVED your profile for the Clinical Trial Lead (EU) role and want to set up a phone screen with their Head of CTM! Are you free Thursday 2pm or Friday 10am CET?

Let me know ASAP as they're moving fast!!

Cheers,
Josh Patel
Senior Consultant, Life Sciences | TalentBridge
+44 7700 900123"""),
    m(INV, "de_swissmedic_like", "de", "Bundesamt für Heilmittelaufsicht", "Simone Zürcher <simone.zuercher@bhm.admin.example.ch>",
      "Ausschreibung 2026-117: Einladung",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Wir beziehen uns auf Ihre Bewerbung als Wissenschaftliche Mitarbeiterin Pharmacovigilance. Gerne laden wir Sie zu einem ersten Gespräch ein:

Montag, 19. Oktober 2026, 10:15 Uhr
Hallerstrasse 7, 3012 Bern, Sitzungszimmer 2

Anschliessend findet ein schriftlicher Test (45 Min.) statt.

Freundliche Grüsse
Simone Zürcher
Human Resources
Bundesamt für Heilmittelaufsicht""", charset="windows-1252", cte="qp"),

    m(INV, "fwd_assistentin_de", "de", "Seetal Biotech", "Corina Bachmann <corina.bachmann@seetal-biotech.example.ch>",
      "WG: Bewerbung Pharmacovigilance Officer – Termin",
      """Guten Tag Frau Wüthrich-Adeyemi

Herr Dr. Imfeld hat mich gebeten, mit Ihnen einen Termin für ein erstes Gespräch zu vereinbaren (siehe unten). Er hätte am Montag, 14. September um 10:00 oder am Dienstag, 15. September um 15:30 Uhr Zeit, bei uns in Hochdorf oder per Teams, wie es Ihnen lieber ist.

Freundliche Grüsse
Corina Bachmann
Assistentin der Geschäftsleitung
Seetal Biotech AG | Hauptstrasse 3 | 6280 Hochdorf
T +41 41 555 90 12

-------- Weitergeleitete Nachricht --------
Betreff: Bewerbung Pharmacovigilance Officer
Datum: 07.09.2026 18:22
Von: Dr. Beat Imfeld <beat.imfeld@seetal-biotech.example.ch>
An: Corina Bachmann <corina.bachmann@seetal-biotech.example.ch>

Corina, das Dossier von Frau Wüthrich-Adeyemi gefällt mir sehr. Kannst du bitte ein erstes Gespräch mit ihr und mir organisieren, gern nächste Woche? Danke! Beat""", cte="base64"),

    # ---------------- reschedules / cancellations ----------------
    m(C, "de_verschieben_krank", "de", "Helvion", "Andrea Schmid <andrea.schmid@helvion.example.ch>",
      "Verschiebung Videointerview",
      """Liebe Frau Wüthrich-Adeyemi

Leider ist Dr. Bernasconi kurzfristig erkrankt, weshalb wir das Videointerview vom Dienstag, 10. März verschieben müssen. Wären Sie am Freitag, 13. März um 09:00 Uhr verfügbar? Eine neue Einladung folgt nach Ihrer Bestätigung.

Entschuldigen Sie die Umstände.

Freundliche Grüsse
Andrea Schmid
Helvion AG""", ics=(t(3, 10, 13), 60, "Videointerview Clinical Project Manager - Helvion", "CANCEL"),
      ics_uid="helvion-cpm-interview-0310@helvion.example.ch"),
    m(C, "en_moved_short", "en", "Tessellate Bio", "Megan O'Connell <megan.oconnell@tessellatebio.example.com>",
      "Re: Tessellate Bio - next steps",
      """Hi Jana, so sorry - something came up with our CMO. Could we push tomorrow's call to Friday same time? Let me know!

Megan""",
      quote=("gmail", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>", "Hi Megan, I booked Thursday 4pm CET. Looking forward!\nJana")),
    m(C, "de_absage_termin_stelle", "de", "Spitex Region Bern", "Nicole Aebi <nicole.aebi@spitex-bern.example.ch>",
      "Absage Termin 25. Juni",
      """Grüezi Frau Wüthrich-Adeyemi

Leider müssen wir den Termin vom Donnerstag, 25. Juni absagen, da die Geschäftsleiterin an diesem Tag verhindert ist. Ich melde mich nächste Woche mit einem Ersatztermin.

Freundliche Grüsse
Nicole Aebi
Spitex Region Bern"""),
    m(C, "fr_report", "fr", "Genévia Medical", "Aurélie Favre <aurelie.favre@genevia-medical.example.ch>",
      "Report de votre entretien",
      """Bonjour Madame Wüthrich-Adeyemi,

Notre responsable réglementaire étant retenue par un audit, nous devons malheureusement reporter l'entretien prévu le jeudi 26 mars. Pourriez-vous nous indiquer vos disponibilités la semaine suivante ?

Avec nos excuses pour ce contretemps,
Aurélie Favre
Ressources Humaines - Genévia Medical SA""", charset="iso-8859-1", cte="qp"),
    m(C, "en_goodtime_updated", "en", "Sterling & Rowe Biotech", "Sterling & Rowe Recruiting <scheduling@goodtime.io>",
      "Updated: Your interview with Sterling & Rowe Biotech",
      """Hi Jana,

Your interview with Sterling & Rowe Biotech has been rescheduled.

New time: Tuesday, April 7, 2026, 16:00 - 16:45 CEST
Interviewers: Caroline Hughes, Mark Devlin
Location: Zoom (link in the calendar invite)

The previous time (Monday, April 6) has been cancelled.

Reply to this email to reach Caroline Hughes.""", fmt="html", reply_to="Caroline Hughes <caroline.hughes@sterlingrowe.example.com>",
      ics=(t(4, 7, 14), 45, "Interview: Sterling & Rowe Biotech - CPM II", "REQUEST"), ics_seq=True),
    m(C, "de_agency_verschoben", "de", "Vireon Pharma", "Sandra Imhof <sandra.imhof@kestrelpartners.example.ch>",
      "AW: Vireon - 2. Runde!",
      """Hoi Jana

Kleine Planänderung: Frau Dr. Vogt muss am Mittwoch kurzfristig nach Kaiseraugst. Vireon fragt, ob ihr das Gespräch auf Donnerstag 19.3. um 16:00 verschieben könnt. Sorry für das Hin und Her!

LG Sandra""",
      quote=("de", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>", "Hoi Sandra\nMittwoch 18.3. um 8:30 passt mir super.\nLiebe Grüsse, Jana")),
    m(C, "en_cancel_hiring_freeze_iv", "en", "Corvanta", "Liam Byrne <liam.byrne@corvanta.example.ie>",
      "Thursday",
      """Hi Jana,

Apologies, I need to cancel our call on Thursday. We've had a reorg announced this morning and I don't yet know what it means for the PV Scientist headcount. I'll come back to you once I have clarity, hopefully within two weeks.

Liam""", ics=(t(4, 16, 14), 30, "Jana / Liam - intro call", "CANCEL")),
    m(C, "de_psi_neuer_termin", "de", "Paul Scherrer Institut", "Dr. Martin Bühler <martin.buehler@psi.example.ch>",
      "Neuer Termin Vorstellungsgespräch",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Aufgrund einer Strahlenschutz-Begehung am 1. Juni müssen wir Ihr Vorstellungsgespräch leider verlegen. Neuer Termin: Mittwoch, 3. Juni 2026, 10:00 Uhr, gleicher Treffpunkt.

Bitte bestätigen Sie uns kurz, ob dies möglich ist.

Freundliche Grüsse
Dr. Martin Bühler
Paul Scherrer Institut PSI""", charset="iso-8859-1"),
    m(C, "es_cambio_hora", "es", "Laboratorios Montjuïc", "Núria Puig <nuria.puig@labmontjuic.example.es>",
      "Cambio de hora entrevista",
      """Hola Jana,

Perdona las molestias: la directora de Farmacovigilancia tiene un comité el martes por la mañana. ¿Podríamos mover la entrevista a las 16:00 del mismo día? Si no te va bien, buscamos otro hueco.

Gracias por tu flexibilidad,
Núria""", fmt="alt"),
    m(C, "de_muenchen_absage_termin_kurz", "de", "Isarpharm", "Jonas Weber <jonas.weber@isarpharm.example.de>",
      "Termin morgen",
      """Guten Tag Frau Wüthrich-Adeyemi,

leider muss ich unser Gespräch morgen um 11 Uhr absagen, unser Bereichsleiter ist auf einer Inspektion. Ich schlage Ihnen bis Freitag zwei neue Termine vor.

Freundliche Grüße
Jonas Weber
Isarpharm GmbH"""),
    m(C, "en_ghana_reschedule", "en", "Akwaaba Pharmaceuticals", "Kwame Asante <kwame.asante@akwaabapharma.example.com>",
      "Change of interview date",
      """Dear Jana,

Kindly be informed that our Managing Director will be travelling on the 14th, hence the video interview earlier scheduled has been moved to Tuesday 19th May, 2pm GMT (4pm in Switzerland). Same link.

We apologise for any inconvenience caused.

Regards,
Kwame Asante
Human Resource Manager
Akwaaba Pharmaceuticals Ltd"""),
    m(C, "de_teams_update_ics", "de", "Alpenkliniken", "Sekretariat QM Alpenkliniken <qm-sekretariat@alpenkliniken.example.ch>",
      "Aktualisiert: Finalrunde Leiterin Klinische Studien",
      """Guten Tag Frau Wüthrich-Adeyemi

Im Auftrag von Frau Dr. Zbinden: Die Präsentation findet neu um 13:30 Uhr statt (statt 10:00 Uhr), im gleichen Raum. Die aktualisierte Einladung ist angehängt.

Freundliche Grüsse
Ramona Käch
Sekretariat Qualitätsmanagement
Alpenkliniken""", ics=(t(9, 8, 11, 30), 90, "Finalrunde Leiterin Klinische Studien", "REQUEST"), ics_seq=True),
    m(C, "fr_annulation_poste", "fr", "Santéa Pharma", "Nicolas Girard <nicolas.girard@santea-pharma.example.fr>",
      "Annulation de l'entretien du 4 juin",
      """Bonjour Jana,

Je suis navré de devoir annuler notre rendez-vous du 4 juin : le Directeur Médical est retenu à l'ANSM toute la journée. Je reviens vers vous dès que possible avec de nouvelles dates.

Cordialement,
Nicolas Girard"""),
    m(C, "de_basel_verschiebung_du", "de", "Kintsu Bio", "Jonas Lehmann <jonas.lehmann@kintsu-bio.example.com>",
      "morgen",
      """Hi Jana, sorry, muss den Call morgen um 17h schieben, Board Meeting zieht sich. Geht Freitag 8:30? Lg Jonas"""),
    m(C, "en_uk_postpone", "en", "Halewood Clinical", "Priya Raman <priya.raman@halewoodclinical.example.co.uk>",
      "Re: Halewood Clinical - Clinical Project Lead",
      """Dear Jana,

Apologies for the short notice. Oliver has been called to a client site and we shall need to postpone Tuesday's interview. Could you do Thursday 25th at 14:00 BST instead?

Kind regards,
Priya""",
      quote=("outlook", "Jana Wüthrich-Adeyemi", "Dear Priya,\n\nTuesday 23rd at 10:00 BST suits me well.\n\nKind regards,\nJana"),
      quote_subject="Halewood Clinical - Clinical Project Lead"),

    # ---------------- missed interview notices ----------------
    m(N, "en_tried_calling", "en", "Meridian Trials", "Josh Patel <josh.patel@talentbridge-ls.example.com>",
      "Missed call?",
      """Hi Jana,

Meridian's Head of CTM tried calling you at the scheduled time (2pm) but couldn't get through - went straight to voicemail. Everything ok? Let me know and I'll try to rearrange, they're still keen!

Cheers,
Josh"""),
    m(N, "de_nicht_erschienen_teams", "de", "Helvion", "Andrea Schmid <andrea.schmid@helvion.example.ch>",
      "Videointerview von heute",
      """Liebe Frau Wüthrich-Adeyemi

Wir haben heute um 09:00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind jedoch nicht beigetreten. Ist etwas dazwischengekommen?

Bitte melden Sie sich kurz bei mir, damit wir das weitere Vorgehen besprechen können.

Freundliche Grüsse
Andrea Schmid
Helvion AG"""),
    m(N, "en_no_show_teams", "en", "Aegean Pharma Logistics", "Eleni Papadaki <e.papadaki@aegeanpharmalog.example.gr>",
      "Today's meeting",
      """Dear Mrs Wuthrich,

Mr. Georgiou and myself were waiting in the Teams meeting at 11:00 but you did not join the Teams meeting. We hope everything is alright.

Please inform us if you are still interested in the position so we can see for a new date.

With kind regards,
Eleni Papadaki"""),
    m(N, "de_telefon_nicht_erreicht", "de", "Dreiländer Diagnostics", "Marco Keller <m.keller@dreilaender-dx.example.com>",
      "Telefoninterview",
      """Guten Tag Frau Wüthrich-Adeyemi

Ich habe heute um 10:00 Uhr wie vereinbart versucht, Sie anzurufen, konnte Sie aber leider nicht erreichen. Auch ein zweiter Versuch um 10:15 Uhr blieb erfolglos.

Möchten Sie einen neuen Termin vereinbaren?

Freundliche Grüsse
Marco Keller"""),
    m(N, "fr_absente", "fr", "Hôpital du Léman", "Dr Pierre Rochat <pierre.rochat@hopital-leman.example.ch>",
      "Rendez-vous de ce jour",
      """Madame,

Nous vous attendions ce jour à 14h à l'Unité de recherche clinique pour notre entretien. Sauf erreur de notre part, vous ne vous êtes pas présentée.

Pourriez-vous nous faire savoir si vous souhaitez maintenir votre candidature ?

Bien à vous,
Dr Pierre Rochat""", charset="iso-8859-1"),
    m(N, "es_no_conectaste", "es", "Biofarma Levante", "Pablo Ferrer <pferrer@biofarmalevante.example.es>",
      "Llamada de hoy",
      """Hola Jana,

Te he llamado a las 12:30 como quedamos pero no he podido contactar contigo. ¿Ha pasado algo? Si sigues interesada, dime cuándo te va bien y lo intentamos de nuevo.

Saludos,
Pablo"""),
    m(N, "de_vienna_verpasst", "de", "Donaumed", "Katharina Pichler <katharina.pichler@donaumed.example.at>",
      "Teams heute",
      """Hallo Jana,

ich war heute um 9 im Teams, hab dich aber nicht gesehen – vielleicht ein Missverständnis mit der Zeitzone? Sag Bescheid, dann finden wir einen neuen Termin.

LG Katharina"""),
    m(N, "en_recruiter_no_show", "en", "Quillon Health", "Alex Moreau <alex.moreau@quillonhealth.example.com>",
      "We missed you today",
      """Hi Jana,

Fatima waited in the Zoom room for 15 minutes for your 3pm interview today but it looks like you weren't able to make it. No worries - these things happen.

If you're still interested in the role, reply here and we'll see if we can find another time.

Best,
Alex"""),
    m(N, "de_assessment_nicht_erschienen", "de", "Universitätsspital Nordwest", "Dr. Fabian Wenger <fabian.wenger@usnw.example.ch>",
      "Assessment vom 8. Mai",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Zum vereinbarten Assessment heute um 08:00 Uhr sind Sie leider nicht erschienen, und wir haben auch keine Abmeldung erhalten. Wir bitten Sie um eine kurze Rückmeldung bis Montag.

Freundliche Grüsse
Dr. Fabian Wenger
Universitätsspital Nordwest""", fmt="alt"),
    m(N, "de_headhunter_kunde_wartete", "de", "Ostschweizer Medizintechnik", "Esther Kunz <esther.kunz@kunz-partner.example.ch>",
      "St. Gallen heute",
      """Frau Wüthrich-Adeyemi

Der CEO hat mich eben angerufen, man hat Sie heute um 14:00 in St. Gallen erwartet. Bitte rufen Sie mich so rasch wie möglich an: 041 555 70 70.

Esther Kunz

Gesendet von meinem iPhone"""),
]
