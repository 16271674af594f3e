"""The longer threads: one employer's acknowledgement, invitation, moved slot, the candidate's
own replies, and the final no or offer. Written blind for the 326th corpus."""

from __future__ import annotations

from msgs326_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_ES, DISCLAIMER_FR, ME, m, sig

LEINETAL = ("Katrin Wöhler", "katrin.woehler@leinetal-milch.example.de")
ALPEN = ("Reto Baumgartner", "reto.baumgartner@alpenlabor.example.ch")
BACK = ("Sandra Pfeiffer", "s.pfeiffer@backwerke-nordhessen.example.de")
FROST = ("Maik Oehlschläger", "maik.oehlschlaeger@frostkost.example.de")
BISC = ("Élodie Vandamme", "elodie.vandamme@biscuiterie-flandres.example.fr")
BIZK = ("Amaia Etxeberria", "amaia.etxeberria@conservas-bizkaia.example.es")
HARW = ("Oliver Pennington", "oliver@harwood-foodtalent.example.co.uk")
NORD = ("Camille Lefebvre", "c.lefebvre@nordanalyse.example.fr")
GORB = ("Iñaki Zubizarreta", "izubizarreta@gorbea-lactea.example.es")

LEINETAL_SIG = sig("Katrin Wöhler", "Personalreferentin", "Molkereigenossenschaft Leinetal eG",
                   "Molkereiweg 4, 37081 Göttingen", "Tel. +49 551 3390-214")
ALPEN_SIG = sig("Reto Baumgartner", "Leiter Qualitätssicherung", "Alpenlabor AG",
                "Hardturmstrasse 131, 8005 Zürich", "+41 44 512 77 30")

SPECS = [
    # --- T1 Molkereigenossenschaft Leinetal (Göttingen): ack → invite → moved → thanks → offer
    m("leinetal_ack", "application_received", "de", "2026-06-01 08:14 +0200",
      ("Molkereigenossenschaft Leinetal", "no-reply@personio.de"),
      "Ihre Bewerbung als QS-Beauftragter (m/w/d) – Eingangsbestätigung",
      """Hallo Tobias Engelhardt-Kühn,

vielen Dank für Ihre Bewerbung als QS-Beauftragter (m/w/d) am Standort Göttingen. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sichten alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Bitte haben Sie Verständnis dafür, dass wir Rückfragen zum Stand nicht einzeln beantworten können.

Freundliche Grüße
Ihr Personalteam der Molkereigenossenschaft Leinetal

Diese Nachricht wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese E-Mail.""",
      company="Molkereigenossenschaft Leinetal", fmt="html", cte="b64",
      subj_enc=("b", "utf-8")),
    m("leinetal_invite", "interview_invitation", "de", "2026-06-15 13:40 +0200", LEINETAL,
      "Einladung zum Vorstellungsgespräch – QS-Beauftragter",
      """Sehr geehrter Herr Engelhardt-Kühn,

Ihre Bewerbung hat uns sehr angesprochen, gerade die Kombination aus Meisterbrief und Ihrer HACCP-Erfahrung in der Backstube. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 23. Juni 2026, 10:00 Uhr
Molkereiweg 4, 37081 Göttingen, Verwaltungsgebäude, Raum 1.12

Am Gespräch nehmen Herr Dr. Hollstein (Leitung Qualitätsmanagement) und ich teil. Planen Sie bitte etwa 90 Minuten ein, inklusive eines kurzen Rundgangs durch die Käserei. Eine Kalendereinladung finden Sie im Anhang.

Bitte bestätigen Sie mir den Termin kurz per E-Mail.
""" + LEINETAL_SIG,
      company="Molkereigenossenschaft Leinetal", contact=LEINETAL[1], fmt="cal",
      ics={"uid": "leinetal-qs-2026-0623@leinetal-milch.example.de", "seq": 0,
           "start": "20260623T100000", "end": "20260623T113000",
           "summary": "Vorstellungsgespräch QS-Beauftragter – T. Engelhardt-Kühn",
           "location": "Molkereiweg 4\\, Göttingen\\, Raum 1.12", "prodid": "Leinetal//Outlook"},
      subj_enc=("q", "windows-1252")),
    m("leinetal_move", "interview_reschedule_or_cancel", "de", "2026-06-19 09:02 +0200",
      LEINETAL, "AW: Einladung zum Vorstellungsgespräch – QS-Beauftragter",
      """Sehr geehrter Herr Engelhardt-Kühn,

leider muss ich unseren Termin am Dienstag verschieben: Bei uns steht kurzfristig ein Audit des Handelspartners an, an dem Herr Dr. Hollstein teilnehmen muss.

Könnten Sie stattdessen am Donnerstag, 25. Juni 2026, um 14:00 Uhr zu uns kommen? Ort und Ablauf bleiben gleich. Die aktualisierte Einladung habe ich Ihnen beigefügt.

Entschuldigen Sie die Umstände.
""" + LEINETAL_SIG,
      company="Molkereigenossenschaft Leinetal", contact=LEINETAL[1], fmt="calplain",
      parent="leinetal_invite", quote="de",
      ics={"uid": "leinetal-qs-2026-0623@leinetal-milch.example.de", "seq": 1,
           "start": "20260625T140000", "end": "20260625T153000",
           "summary": "Vorstellungsgespräch QS-Beauftragter – T. Engelhardt-Kühn (verschoben)",
           "location": "Molkereiweg 4\\, Göttingen\\, Raum 1.12", "prodid": "Leinetal//Outlook"},
      subj_enc=("q", "utf-8")),
    m("leinetal_thanks", "other", "de", "2026-06-25 19:31 +0200", ME,
      "Danke für das Gespräch heute",
      """Sehr geehrte Frau Wöhler,

vielen Dank für das offene Gespräch heute Nachmittag und den Rundgang durch die Käserei. Besonders die Frage, wie Sie die Rückverfolgbarkeit der Rohmilch dokumentieren, hat mich beschäftigt – da sehe ich viele Parallelen zu meiner Arbeit mit Chargenprotokollen in der Backstube.

Ich bin nach wie vor sehr an der Stelle interessiert und freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Tobias Engelhardt-Kühn""",
      to=LEINETAL, parent="leinetal_move", cs="windows-1252", cte="8bit"),
    m("leinetal_offer", "offer", "de", "2026-07-02 11:20 +0200", LEINETAL,
      "Ihr Vertragsangebot – QS-Beauftragter (m/w/d)",
      """Sehr geehrter Herr Engelhardt-Kühn,

wie heute Vormittag am Telefon besprochen, freuen wir uns sehr, Ihnen die Stelle als QS-Beauftragter in unserer Käserei anbieten zu können.

Im Anhang finden Sie unser schriftliches Angebot mit den besprochenen Eckdaten (Eintritt 1. September 2026, 39-Stunden-Woche, Vergütung nach Haustarif Entgeltgruppe 7, 30 Urlaubstage). Bitte geben Sie uns bis zum 10. Juli Bescheid, ob Sie das Angebot annehmen möchten. Den Arbeitsvertrag schicken wir Ihnen dann umgehend zu.

Für Fragen erreichen Sie mich jederzeit.
""" + LEINETAL_SIG + "\n\n" + DISCLAIMER_DE,
      company="Molkereigenossenschaft Leinetal", contact=LEINETAL[1],
      parent="leinetal_thanks", quote="outlook_de", fmt="alt", cs="windows-1252",
      pdf=[("Angebot_Engelhardt-Kuehn.pdf", ["Molkereigenossenschaft Leinetal eG",
            "Angebot: QS-Beauftragter (m/w/d)", "Eintritt: 01.09.2026",
            "Entgeltgruppe 7, 39 Std./Woche"])]),
    m("leinetal_accept", "other", "de", "2026-07-06 07:55 +0200", ME,
      "AW: Ihr Vertragsangebot – QS-Beauftragter (m/w/d)",
      """Sehr geehrte Frau Wöhler,

herzlichen Dank für das Angebot – ich nehme es sehr gerne an! Eine kurze Frage vorab: Ist es möglich, die Einweisung in das IFS-Food-Handbuch schon in der letzten Augustwoche zu machen? Dann könnte ich ab dem ersten Tag voll einsteigen.

Viele Grüße aus Kassel
Tobias Engelhardt-Kühn""",
      to=LEINETAL, parent="leinetal_offer", quote="de", subj_enc=("b", "windows-1252")),
    m("leinetal_contract", "offer", "de", "2026-07-08 15:47 +0200", LEINETAL,
      "Arbeitsvertrag zur Unterschrift",
      """Lieber Herr Engelhardt-Kühn,

das freut uns sehr! Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 20. Juli zurück, gerne auch vorab als Scan.

Die Einweisung in der letzten Augustwoche ist kein Problem, ich stimme das mit Herrn Dr. Hollstein ab.

Herzliche Grüße
Katrin Wöhler""",
      company="Molkereigenossenschaft Leinetal", contact=LEINETAL[1],
      parent="leinetal_accept", quote="de", cs="windows-1252", cte="qp",
      pdf=[("Arbeitsvertrag_QS.pdf", ["Arbeitsvertrag", "zwischen Molkereigenossenschaft Leinetal eG",
            "und Herrn Tobias Engelhardt-Kuehn", "Beginn: 01.09.2026"])]),

    # --- T2 Alpenlabor (Zürich, testing lab): ack → invite → missed → apology → invite → offer
    m("alpen_ack", "application_received", "de", "2026-04-20 10:03 +0200",
      ("Alpenlabor AG Recruiting", "alpenlabor@successfactors.eu"),
      "Bestätigung Ihrer Bewerbung – Lebensmitteltechniker/in QS (Req. 4471)",
      """Guten Tag Herr Engelhardt-Kühn

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Lebensmitteltechniker/in Qualitätssicherung (Req. 4471) in Zürich.

Unser Recruiting-Team prüft Ihr Dossier und meldet sich in den nächsten zwei bis drei Wochen. Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Kandidatenportal einsehen.

Freundliche Grüsse
Alpenlabor AG – Human Resources

Dies ist eine automatisch generierte Nachricht.""",
      company="Alpenlabor", fmt="alt", subj_enc=("q", "utf-8")),
    m("alpen_invite", "interview_invitation", "de", "2026-05-06 16:12 +0200",
      ("Alpenlabor AG Recruiting", "alpenlabor@successfactors.eu"),
      "Einladung zum Video-Interview",
      """Guten Tag Herr Engelhardt-Kühn

Besten Dank für Ihre Bewerbung. Gerne würden wir Sie in einem ersten Video-Interview näher kennenlernen.

Termin: Mittwoch, 13. Mai 2026, 14:00–14:45 Uhr (MESZ)
Teilnehmende: Reto Baumgartner (Leiter Qualitätssicherung), Nadja Keller (HR)
Link: https://teams.example.ch/alpenlabor/meet/4471-ek

Bei Fragen antworten Sie einfach auf diese Nachricht, sie geht direkt an Herrn Baumgartner.

Freundliche Grüsse
Alpenlabor AG""",
      company="Alpenlabor", contact=ALPEN[1], reply_to=ALPEN, fmt="alt"),
    m("alpen_missed", "missed_interview_notice", "de", "2026-05-13 14:31 +0200", ALPEN,
      "Unser Video-Interview heute um 14:00 Uhr",
      """Guten Tag Herr Engelhardt-Kühn

Frau Keller und ich haben heute ab 14:00 Uhr im Teams-Raum auf Sie gewartet, leider vergeblich. Auch telefonisch konnten wir Sie unter der angegebenen Nummer nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir; dann schauen wir, ob wir einen neuen Termin finden.

Freundliche Grüsse
""" + ALPEN_SIG,
      company="Alpenlabor", contact=ALPEN[1], parent="alpen_invite", cs="iso-8859-1",
      cte="8bit", subj_enc=("q", "iso-8859-1")),
    m("alpen_sorry", "other", "de", "2026-05-13 18:04 +0200", ME,
      "Re: Unser Video-Interview heute um 14:00 Uhr",
      """Guten Tag Herr Baumgartner,

es tut mir sehr leid! Ich hatte den Termin fälschlich auf 14:00 Uhr Kasseler Zeit im Kalender, dachte aber an den 14. Mai – ein dummer Übertragungsfehler meinerseits. Zudem lag mein Handy in der Backstube.

Ich bin weiterhin sehr interessiert und würde mich über eine zweite Chance freuen. Donnerstag und Freitag dieser Woche bin ich ganztägig flexibel.

Mit freundlichen Grüßen
Tobias Engelhardt-Kühn""",
      to=ALPEN, parent="alpen_missed", quote="de"),
    m("alpen_reinvite", "interview_invitation", "de", "2026-05-14 08:47 +0200", ALPEN,
      "Re: Unser Video-Interview heute um 14:00 Uhr",
      """Guten Morgen Herr Engelhardt-Kühn

Danke für Ihre Nachricht, so etwas kann passieren. Wir holen das Gespräch gerne nach: Freitag, 15. Mai 2026, 09:30 Uhr, gleicher Teams-Link wie in der ursprünglichen Einladung.

Bis Freitag!
Reto Baumgartner""",
      company="Alpenlabor", contact=ALPEN[1], parent="alpen_sorry", quote="de"),
    m("alpen_offer", "offer", "de", "2026-09-02 10:15 +0200", ALPEN,
      "Angebot: Lebensmitteltechniker QS",
      """Guten Tag Herr Engelhardt-Kühn

Nach den Gesprächen und Ihrem Probetag im Labor freuen wir uns, Ihnen die Stelle als Lebensmitteltechniker Qualitätssicherung anzubieten. Die Einzelheiten (Pensum 100 %, Jahresgehalt CHF 84'500, Stellenantritt nach Vereinbarung, spätestens 1. Dezember 2026) finden Sie im angehängten Angebotsschreiben.

Wir würden uns über eine Zusage bis zum 16. September freuen. Ihre Fragen zur Bewilligung und zum Umzug klärt gerne Nadja Keller aus unserem HR.

Freundliche Grüsse
""" + ALPEN_SIG + "\n\n" + DISCLAIMER_DE,
      company="Alpenlabor", contact=ALPEN[1], fmt="alt", cte="b64",
      pdf=[("Angebotsschreiben_Alpenlabor.pdf", ["Alpenlabor AG, Zuerich",
            "Angebot Lebensmitteltechniker QS", "Pensum 100 %, CHF 84'500 p.a."])]),

    # --- T3 Nordhessische Backwerke (Kassel, industrial bakery): ack → invite → postponed → no
    m("backwerke_ack", "application_received", "de", "2026-01-12 07:41 +0100",
      ("Nordhessische Backwerke", "jobs@backwerke-nordhessen.softgarden.io"),
      "Wir haben Ihre Bewerbung erhalten",
      """Sehr geehrter Herr Engelhardt-Kühn,

vielen Dank für Ihr Interesse an der Nordhessische Backwerke GmbH und Ihre Bewerbung als Mitarbeiter Qualitätssicherung (m/w/d) im Werk Kassel-Waldau.

Ihre Unterlagen sind bei uns eingegangen und werden nun von der Fachabteilung geprüft. Aufgrund der Vielzahl an Bewerbungen kann dies einige Zeit in Anspruch nehmen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordhessische Backwerke GmbH

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.""",
      company="Nordhessische Backwerke", fmt="html", cs="utf-8", cte="qp"),
    m("backwerke_invite", "interview_invitation", "de", "2026-01-26 11:09 +0100", BACK,
      "Einladung: Kennenlernen und Werksrundgang",
      """Guten Tag Herr Engelhardt-Kühn,

vielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem Kennenlernen mit anschließendem Werksrundgang einladen, und zwar am

Montag, 2. Februar 2026, um 13:30 Uhr
Werk Kassel-Waldau, Pforte Tor 2 (bitte Personalausweis mitbringen).

Da Sie durch die Produktion gehen, stellen wir Ihnen Hygienekleidung. Bitte verzichten Sie auf Schmuck und Uhren.

Viele Grüße
Sandra Pfeiffer
Personalabteilung
Nordhessische Backwerke GmbH | Lilienthalstraße 20 | 34123 Kassel
Tel. 0561 98711-40""",
      company="Nordhessische Backwerke", contact=BACK[1], fmt="alt", cs="windows-1252",
      cte="qp"),
    m("backwerke_postpone", "interview_reschedule_or_cancel", "de", "2026-01-30 16:22 +0100",
      BACK, "AW: Einladung: Kennenlernen und Werksrundgang",
      """Hallo Herr Engelhardt-Kühn,

wegen eines Maschinenausfalls in Linie 3 müssen wir den Termin am Montag leider absagen. Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich melde mich Anfang nächster Woche mit einem Ersatztermin.

Viele Grüße
Sandra Pfeiffer""",
      company="Nordhessische Backwerke", contact=BACK[1], parent="backwerke_invite",
      quote="outlook_de", cs="windows-1252", cte="8bit"),
    m("backwerke_no", "rejection", "de", "2026-02-24 10:50 +0100", BACK,
      "Ihre Bewerbung bei der Nordhessische Backwerke GmbH",
      """Sehr geehrter Herr Engelhardt-Kühn,

vielen Dank für das angenehme Gespräch und Ihr Interesse an unserem Unternehmen. Nach reiflicher Überlegung haben wir uns entschieden, die Stelle mit einer Kandidatin zu besetzen, die bereits Erfahrung mit IFS-Audits in der Großbäckerei mitbringt.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Sandra Pfeiffer
Personalabteilung""",
      company="Nordhessische Backwerke", contact=BACK[1], parent="backwerke_postpone"),

    # --- T4 Thüringer Frostkost (Erfurt, frozen food): ack → phone screen → missed → no
    m("frost_ack", "application_received", "de", "2026-03-02 12:00 +0100",
      ("Thüringer Frostkost Karriere", "noreply@frostkost.recruitee.com"),
      "Danke für Ihre Bewerbung, Tobias!",
      """Hallo Tobias,

danke, dass du dich bei Thüringer Frostkost als QA-Techniker (m/w/d) Tiefkühlproduktion beworben hast! Wir haben deine Bewerbung erhalten und schauen sie uns in Ruhe an.

Wir melden uns spätestens in zwei Wochen. Bis dahin: Schau gern auf unserer Karriereseite vorbei.

Dein Frostkost-Recruiting-Team""",
      company="Thüringer Frostkost", fmt="html", cte="b64", name_enc=("b", "utf-8")),
    m("frost_call", "interview_invitation", "de", "2026-03-09 09:15 +0100", FROST,
      "Telefoninterview QA-Techniker",
      """Hallo Herr Engelhardt-Kühn,

ich würde gern ein kurzes Telefoninterview (ca. 30 Minuten) mit Ihnen führen. Passt Ihnen Donnerstag, der 12. März, um 16:00 Uhr? Ich würde Sie dann auf der Handynummer aus Ihrem Lebenslauf anrufen.

Beste Grüße
Maik Oehlschläger
Teamleiter Qualitätssicherung
Thüringer Frostkost GmbH, Am Urbicher Kreuz 9, 99099 Erfurt""",
      company="Thüringer Frostkost", contact=FROST[1], name_enc=("q", "iso-8859-1"),
      cs="iso-8859-1", cte="qp"),
    m("frost_missed", "missed_interview_notice", "de", "2026-03-12 16:25 +0100", FROST,
      "AW: Telefoninterview QA-Techniker",
      """Hallo Herr Engelhardt-Kühn,

ich habe Sie um 16:00 Uhr und nochmals um 16:15 Uhr angerufen, aber nur die Mailbox erreicht. Haben Sie den Termin vielleicht übersehen?

Gruß
Maik Oehlschläger""",
      company="Thüringer Frostkost", contact=FROST[1], parent="frost_call", quote="de",
      name_enc=("q", "iso-8859-1")),
    m("frost_no", "rejection", "de", "2026-03-27 08:30 +0100", FROST,
      "Rückmeldung zu Ihrer Bewerbung",
      """Hallo Herr Engelhardt-Kühn,

danke noch einmal für das nachgeholte Telefonat letzte Woche. Wir haben uns inzwischen für einen Bewerber mit Erfahrung in der Tiefkühllogistik entschieden und werden Ihre Bewerbung daher nicht weiter berücksichtigen.

Ich wünsche Ihnen viel Erfolg und alles Gute.

Maik Oehlschläger""",
      company="Thüringer Frostkost", contact=FROST[1], name_enc=("q", "iso-8859-1"),
      fmt="alt"),

    # --- T5 Biscuiterie des Flandres (Lille): ack → invite (ics) → cancel (ics) → filled
    m("bisc_ack", "application_received", "fr", "2026-02-03 09:20 +0100",
      ("Biscuiterie des Flandres", "no-reply@teamtailor-mail.com"),
      "Nous avons bien reçu votre candidature",
      """Bonjour Tobias,

Merci pour votre candidature au poste de Technicien qualité H/F sur notre site de Lille-Hellemmes. Nous l'avons bien reçue et notre équipe RH va l'étudier avec attention.

En raison du nombre important de candidatures, nous ne pourrons pas répondre individuellement à chacun, mais nous reviendrons vers vous si votre profil correspond à nos besoins.

À très bientôt,
L'équipe Biscuiterie des Flandres""",
      company="Biscuiterie des Flandres", fmt="alt", subj_enc=("b", "utf-8")),
    m("bisc_invite", "interview_invitation", "fr", "2026-02-17 14:05 +0100", BISC,
      "Entretien – Technicien qualité H/F",
      """Bonjour Monsieur Engelhardt-Kühn,

Suite à l'étude de votre candidature, j'ai le plaisir de vous proposer un entretien en visioconférence le mardi 24 février 2026 à 10h00, avec Mme Dumortier, responsable qualité du site.

Vous trouverez l'invitation dans votre agenda. Merci de me confirmer votre disponibilité.

Bien cordialement,
Élodie Vandamme
Chargée de recrutement
Biscuiterie des Flandres SAS – 12 rue de la Chicorée, 59260 Lille-Hellemmes
03 20 55 41 87""",
      company="Biscuiterie des Flandres", contact=BISC[1], fmt="cal",
      ics={"uid": "bf-tq-0224@biscuiterie-flandres.example.fr", "seq": 0, "tz": "Europe/Paris",
           "start": "20260224T100000", "end": "20260224T104500",
           "summary": "Entretien Technicien qualité – T. Engelhardt-Kühn",
           "location": "Visioconférence", "prodid": "Biscuiterie//Agenda"},
      name_enc=("q", "iso-8859-1")),
    m("bisc_cancel", "interview_reschedule_or_cancel", "fr", "2026-02-20 17:48 +0100", BISC,
      "Annulation : Entretien – Technicien qualité H/F",
      """Bonjour Monsieur Engelhardt-Kühn,

Je suis au regret de devoir annuler notre entretien de mardi : Mme Dumortier est retenue par un audit client imprévu. Je reviens vers vous dès que possible pour convenir d'un nouveau créneau.

Toutes mes excuses pour ce contretemps.

Élodie Vandamme""",
      company="Biscuiterie des Flandres", contact=BISC[1], fmt="calplain",
      parent="bisc_invite", quote="fr",
      ics={"uid": "bf-tq-0224@biscuiterie-flandres.example.fr", "seq": 1, "tz": "Europe/Paris",
           "method": "CANCEL", "start": "20260224T100000", "end": "20260224T104500",
           "summary": "Annulé : Entretien Technicien qualité – T. Engelhardt-Kühn",
           "location": "Visioconférence", "prodid": "Biscuiterie//Agenda"},
      name_enc=("q", "iso-8859-1"), subj_enc=("q", "windows-1252")),
    m("bisc_filled", "rejection", "fr", "2026-03-10 11:32 +0100", BISC,
      "Votre candidature – Technicien qualité H/F",
      """Bonjour Monsieur Engelhardt-Kühn,

Je reviens vers vous concernant le poste de Technicien qualité. Entre-temps, le poste a été pourvu en interne par une collègue de l'équipe production, et le processus de recrutement est donc clos.

Je vous remercie sincèrement pour l'intérêt porté à notre biscuiterie et vous souhaite pleine réussite dans vos recherches.

Bien cordialement,
Élodie Vandamme
Chargée de recrutement

""" + DISCLAIMER_FR,
      company="Biscuiterie des Flandres", contact=BISC[1], name_enc=("q", "iso-8859-1"),
      cs="iso-8859-1", cte="8bit"),

    # --- T6 Conservas Bizkaia (Bilbao): ack → invite → moved → own confirmation → no
    m("bizk_ack", "application_received", "es", "2026-04-07 10:10 +0200",
      ("Conservas Bizkaia", "noreply@smartrecruiters.com"),
      "Hemos recibido tu candidatura – Técnico/a de Calidad",
      """Hola Tobias:

Gracias por tu interés en Conservas Bizkaia. Hemos recibido correctamente tu candidatura para la posición de Técnico/a de Calidad en nuestra planta de Bilbao (Zorrotzaurre).

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo.

Un saludo,
Equipo de Talento – Conservas Bizkaia""",
      company="Conservas Bizkaia", fmt="html", cte="qp", subj_enc=("q", "utf-8")),
    m("bizk_invite", "interview_invitation", "es", "2026-04-21 12:34 +0200", BIZK,
      "Entrevista Técnico/a de Calidad – Conservas Bizkaia",
      """Hola Tobias:

Te escribo desde el departamento de Personas de Conservas Bizkaia. Nos ha gustado mucho tu perfil y nos gustaría conocerte en una entrevista por videollamada el jueves 30 de abril a las 11:00 (hora peninsular).

Participarán Jon Arrieta, jefe de Calidad, y yo misma. La entrevista será en castellano, aunque una parte será en inglés.

¿Te viene bien? Si no, dime qué franja te encaja mejor.

Un saludo,
Amaia Etxeberria
Técnica de Selección | Conservas Bizkaia S.L.
Muelle de Zorrotzaurre 7, 48014 Bilbao
+34 944 112 390""",
      company="Conservas Bizkaia", contact=BIZK[1], cs="iso-8859-1", cte="qp",
      subj_enc=("q", "windows-1252")),
    m("bizk_move", "interview_reschedule_or_cancel", "es", "2026-04-28 09:05 +0200", BIZK,
      "RE: Entrevista Técnico/a de Calidad – Conservas Bizkaia",
      """Hola Tobias:

Te pido disculpas, pero Jon tiene que viajar a la planta de Bermeo el jueves. ¿Podríamos pasar la entrevista al lunes 4 de mayo a las 10:00? El enlace de la videollamada será el mismo.

Gracias por tu flexibilidad.

Amaia""",
      company="Conservas Bizkaia", contact=BIZK[1], parent="bizk_invite", quote="es"),
    m("bizk_confirm", "other", "es", "2026-04-28 11:40 +0200", ME,
      "RE: Entrevista Técnico/a de Calidad – Conservas Bizkaia",
      """Hola Amaia:

Sin problema, el lunes 4 de mayo a las 10:00 me va perfecto. Gracias por avisar con tiempo.

Un saludo,
Tobias Engelhardt-Kühn""",
      to=BIZK, parent="bizk_move", quote="es", cte="8bit"),
    m("bizk_no", "rejection", "es", "2026-05-15 13:15 +0200", BIZK,
      "Proceso de selección Técnico/a de Calidad",
      """Hola Tobias:

Muchas gracias por tu tiempo en la entrevista y por el interés mostrado. Tras valorar todas las candidaturas, hemos decidido continuar con otras personas cuyo perfil se ajusta más a los requisitos del puesto, sobre todo en lo relativo a la experiencia en conserva de pescado.

Guardaremos tu currículum para futuras oportunidades, si nos das tu consentimiento.

Te deseamos mucha suerte.

Amaia Etxeberria
Conservas Bizkaia

""" + DISCLAIMER_ES,
      company="Conservas Bizkaia", contact=BIZK[1], fmt="alt", cs="windows-1252", cte="qp"),

    # --- T7 Harwood Food Talent (English recruiter): approach → own reply → call → moved → no
    m("harw_approach", "other", "en", "2026-02-10 09:40 +0000", HARW,
      "Food safety roles in Germany – quick intro",
      """Hi Tobias,

I came across your profile while mapping food safety talent in Hesse and Thuringia. I run the quality and technical desk at Harwood Food Talent and place QA people with manufacturers across Germany, Switzerland and the Benelux.

Nothing specific to put in front of you today, but a master baker who knows HACCP from the floor up is a profile my clients ask about regularly. If you're open to it, I'd be glad to keep you in mind as briefs come in.

Best,
Oliver Pennington
Principal Consultant – Quality & Technical
Harwood Food Talent Ltd | 22 Cheapside, Manchester M2 4WE
+44 161 555 0192""",
      html=None, fmt="alt"),
    m("harw_reply", "other", "en", "2026-02-10 20:12 +0100", ME,
      "Re: Food safety roles in Germany – quick intro",
      """Hi Oliver,

thanks for reaching out. Yes, I'm actively looking for QA or food safety roles – ideally in Kassel/Göttingen or Frankfurt, but I'm open to Switzerland as well. My CV is attached; I'm happy to talk whenever it suits you.

Best regards,
Tobias""",
      to=HARW, parent="harw_approach", quote="en",
      pdf=[("CV_Tobias_Engelhardt-Kuehn.pdf", ["Tobias Engelhardt-Kuehn", "Baeckermeister",
            "HACCP, IFS Food, Hygieneschulungen"])]),
    m("harw_call", "interview_invitation", "en", "2026-03-16 10:05 +0000", HARW,
      "Greenfield Frozen Foods – first call with the QA manager",
      """Hi Tobias,

Good news: Greenfield Frozen Foods liked your CV for the QA Technician role at their Frankfurt-Fechenheim plant, and their QA manager, Dr. Susanne Albrecht, would like a 30-minute video call with you.

She has proposed Thursday 19 March at 15:00 CET. The call will be in English with a bit of German. Can you confirm? I'll send the Teams link as soon as I have it.

Cheers,
Oliver""",
      company="Greenfield Frozen Foods", contact=HARW[1], reply_to=HARW),
    m("harw_moved", "interview_reschedule_or_cancel", "en", "2026-03-18 17:30 +0000", HARW,
      "RE: Greenfield Frozen Foods – first call with the QA manager",
      """Hi Tobias,

Quick heads-up: Susanne has been pulled into a customer complaint investigation tomorrow and has asked to push your call to Monday 23 March, same time (15:00 CET). Apologies for the late notice – is Monday OK for you?

Oliver""",
      company="Greenfield Frozen Foods", contact=HARW[1], parent="harw_call",
      quote="outlook_en"),
    m("harw_no", "rejection", "en", "2026-04-02 12:48 +0100", HARW,
      "Greenfield – feedback",
      """Hi Tobias,

I've just had feedback from Greenfield. They enjoyed the conversation, but they've decided to go with a candidate who has already worked under BRCGS in frozen food, so they won't be taking your application further this time.

I know that's disappointing. Your background is strong and I'll keep you front of mind for the next brief.

Best,
Oliver Pennington
Harwood Food Talent

""" + DISCLAIMER_EN,
      company="Greenfield Frozen Foods", contact=HARW[1]),

    # --- T8 Laboratoire Nordanalyse (Lille, testing lab): ack → invite → offer
    m("nord_ack", "application_received", "fr", "2026-06-08 15:10 +0200", NORD,
      "Re: Candidature – Technicien qualité alimentaire",
      """Bonjour Monsieur,

J'accuse bonne réception de votre candidature spontanée pour un poste de technicien qualité dans notre laboratoire. Je la transmets à notre directrice technique, Mme Roussel, et je reviendrai vers vous d'ici deux semaines.

Cordialement,
Camille Lefebvre
Assistante RH – Laboratoire Nordanalyse
45 avenue de la Marne, 59000 Lille""",
      company="Laboratoire Nordanalyse", contact=NORD[1], parent="nord_app", quote="fr"),
    m("nord_invite", "interview_invitation", "fr", "2026-06-22 09:48 +0200", NORD,
      "Invitation à un entretien – Laboratoire Nordanalyse",
      """Bonjour Monsieur Engelhardt-Kühn,

Mme Roussel souhaiterait vous rencontrer pour un entretien suivi d'une visite du laboratoire de microbiologie, le jeudi 2 juillet 2026 à 14h30, dans nos locaux du 45 avenue de la Marne à Lille.

Si ce créneau ne vous convient pas, n'hésitez pas à m'en proposer un autre. Pensez à vous munir d'une pièce d'identité pour l'accueil.

Cordialement,
Camille Lefebvre
Assistante RH""",
      company="Laboratoire Nordanalyse", contact=NORD[1], parent="nord_ack", fmt="alt",
      cs="iso-8859-1", cte="qp"),
    m("nord_offer", "offer", "fr", "2026-07-16 11:02 +0200", NORD,
      "Proposition d'embauche – Technicien qualité",
      """Bonjour Monsieur Engelhardt-Kühn,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste de Technicien qualité au sein du Laboratoire Nordanalyse, en CDI, à compter du 1er octobre 2026, pour une rémunération annuelle brute de 31 500 €.

Vous trouverez ci-joint la promesse d'embauche détaillant ces conditions. Nous vous remercions de nous retourner un exemplaire signé avant le 31 juillet.

Au plaisir de vous accueillir dans l'équipe,

Camille Lefebvre
pour Hélène Roussel, Directrice technique

""" + DISCLAIMER_FR,
      company="Laboratoire Nordanalyse", contact=NORD[1], fmt="alt", cs="windows-1252",
      cte="8bit", subj_enc=("q", "windows-1252"),
      pdf=[("Promesse_embauche_Nordanalyse.pdf", ["Laboratoire Nordanalyse",
            "Promesse d'embauche - Technicien qualite", "CDI - 31 500 EUR brut annuel"])]),

    # --- T9 Cooperativa Láctea Gorbea: invite → offer
    m("gorb_invite", "interview_invitation", "es", "2026-08-04 10:30 +0200", GORB,
      "Entrevista presencial – Responsable de Calidad",
      """Buenos días, Tobias:

Gracias por enviarnos tu candidatura. Nos gustaría invitarte a una entrevista presencial en nuestra central de Areatza el martes 11 de agosto a las 9:30. Después te enseñaremos la planta de yogures.

Por favor, confírmame asistencia respondiendo a este correo.

Saludos cordiales,
Iñaki Zubizarreta
Director de Recursos Humanos
Cooperativa Láctea Gorbea
Polígono Ibarra 3, 48143 Areatza (Bizkaia)""",
      company="Cooperativa Láctea Gorbea", contact=GORB[1], name_enc=("b", "utf-8"),
      subj_enc=("b", "utf-8")),
    m("gorb_offer", "offer", "es", "2026-08-25 16:40 +0200", GORB,
      "Oferta de empleo – Técnico de Calidad",
      """Buenas tardes, Tobias:

Tras las entrevistas y la jornada en planta, nos complace ofrecerte el puesto de Técnico de Calidad en la Cooperativa Láctea Gorbea. Adjuntamos la carta de oferta con las condiciones: contrato indefinido, 34.000 € brutos anuales en 14 pagas e incorporación el 1 de octubre.

Te agradeceríamos una respuesta antes del 4 de septiembre.

Un fuerte abrazo,
Iñaki Zubizarreta""",
      company="Cooperativa Láctea Gorbea", contact=GORB[1], name_enc=("b", "utf-8"),
      parent="gorb_invite", quote="es", cte="b64",
      pdf=[("Carta_oferta_Gorbea.pdf", ["Cooperativa Lactea Gorbea",
            "Carta de oferta: Tecnico de Calidad", "Contrato indefinido, 34.000 EUR"])]),
]
