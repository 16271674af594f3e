"""Corpus 295: interview invitations, moved or cancelled interviews and missed-interview notes."""

from __future__ import annotations

from msgs295_common import DISCLAIMER_DE, DISCLAIMER_ES, Spec, ics, m, sig

INV = "interview_invitation"
MOV = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

IM_ORG = ("Christina Vogl", "christina.vogl@isarmotion.example.de")
MD_ORG = ("Sophie Lang", "sophie.lang@meridian-drive.example.com")
AF_ORG = ("Julien Meyer", "julien.meyer@ateliers-neudorf.example.fr")
MF_ORG = ("Mangfall Antriebe Recruiting", "mangfall@myworkday.com")

MSGS: list[Spec] = [
    # ================================================================ invitations, German
    m("lw_inv", INV, "de", "2026-01-21 10:08",
      ("Sabine Huber", "s.huber@lechwerk-maschinenbau.example.de"),
      "Einladung zum Vorstellungsgespräch – Arbeitsvorbereiter (m/w/d)",
      """
Sehr geehrter Herr Grünwald,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit in unserer Arbeitsvorbereitung. Ihre Unterlagen haben uns angesprochen und wir würden Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 3. Februar 2026, 9:30 Uhr
Lechwerk Maschinenbau GmbH, Derchinger Straße 114, 86165 Augsburg (Empfang Gebäude B)

Gesprächspartner sind Herr Wiedemann (Leiter Arbeitsvorbereitung) und ich. Bitte planen Sie etwa 90 Minuten ein, inklusive eines kurzen Rundgangs durch die mechanische Fertigung. Parkplätze finden Sie direkt vor Gebäude B.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüße

Sabine Huber
Personalreferentin
Lechwerk Maschinenbau GmbH
Derchinger Straße 114 · 86165 Augsburg
Tel. +49 821 5550 318
""" + "\n" + DISCLAIMER_DE,
      company="Lechwerk Maschinenbau", contact="s.huber@lechwerk-maschinenbau.example.de",
      parent="lw_ack"),

    m("sw_inv", INV, "de", "2026-02-09 08:45",
      ("Markus Reiter", "markus.reiter@stadtwerke-lechfeld.example.de"),
      "Einladung Vorstellungsgespräch Fertigungsplaner SWL-2026-04",
      """
Sehr geehrter Herr Grünwald,

anbei erhalten Sie unsere Einladung zum Vorstellungsgespräch für die Stelle als Fertigungsplaner (m/w/d) in unserer Werkstatt für Netz- und Zählertechnik am Donnerstag, 19. Februar 2026, um 13:00 Uhr.

Alle weiteren Informationen entnehmen Sie bitte dem beigefügten Schreiben. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
i. A. Markus Reiter
Personal und Organisation
Stadtwerke Lechfeld GmbH
Tel. 08232 5550 140
""",
      company="Stadtwerke Lechfeld", contact="markus.reiter@stadtwerke-lechfeld.example.de",
      attach=[("Einladung_Vorstellungsgespraech_Gruenwald.pdf", [
          "Stadtwerke Lechfeld GmbH - Personal und Organisation",
          "Herrn Matthias Grünwald, Augsburg",
          "",
          "Einladung zum Vorstellungsgespräch",
          "Stelle: Fertigungsplaner (m/w/d), Kennziffer SWL-2026-04",
          "Termin: Donnerstag, 19.02.2026, 13:00 Uhr",
          "Ort: Am Wasserwerk 3, 86836 Untermeitingen, Raum 1.12",
          "Teilnehmer: Herr Reiter (Personal), Herr Gschwind (Werkstattleitung)",
          "Bitte bringen Sie Ihre Zeugnisse im Original mit.",
      ])],
      parent="sw_ack"),

    m("tp_inv", INV, "de", "2026-01-26 15:33",
      ("Daniel Öztürk", "d.oeztuerk@tempoplus.example.de"),
      "Vorstellungstermin bei Schwabtec Antriebstechnik am 03.02.",
      """
Hallo Herr Grünwald,

wie heute Vormittag am Telefon besprochen: Unser Kunde Schwabtec Antriebstechnik in Gersthofen möchte Sie gern kennenlernen!

Termin: Dienstag, 03.02.2026, 14:00 Uhr
Ort: Schwabtec, Werk 2, Siemensstraße 8, 86368 Gersthofen. Bitte an der Pforte nach Frau Lechner (Leitung Produktionssteuerung) fragen.

Ich komme nicht mit, bin aber telefonisch erreichbar, falls etwas ist. Bitte nehmen Sie Ihren Personalausweis mit, die Pforte lässt sonst niemanden aufs Gelände.

Viel Erfolg und melden Sie sich danach kurz bei mir!

Daniel Öztürk
Personaldisponent
TempoPlus Personaldienste GmbH · Niederlassung Augsburg
Tel. 0821 5550 7740 · mobil 0151 5550 2210
""",
      company="Schwabtec Antriebstechnik", contact="d.oeztuerk@tempoplus.example.de",
      cs="iso-8859-1", cte="8bit"),

    m("lp_inv", INV, "de", "2026-02-02 11:19",
      ("Katrin Mayr", "k.mayr@lechpersonal.example.de"),
      "Kennenlerngespräch in unserer Niederlassung",
      """
Hallo Herr Grünwald,

vielen Dank für Ihre Bewerbung über unser Online-Formular. Wir haben aktuell mehrere Einsätze in der Arbeitsvorbereitung und Fertigungssteuerung bei Kunden im Großraum Augsburg und würden Sie gern zu einem persönlichen Kennenlerngespräch einladen.

Vorschlag: Donnerstag, 5. Februar, 10:00 Uhr bei uns in der Karlstraße 9 (2. OG, bitte klingeln).

Dauer ca. 45 Minuten. Bringen Sie bitte Lebenslauf, Zeugnisse und – falls vorhanden – Ihren Staplerschein mit.

Passt Ihnen der Termin? Ansonsten finden wir gern einen anderen.

Beste Grüße
Katrin Mayr
Personalberaterin
Lechpersonal Zeitarbeit GmbH · Karlstraße 9 · 86150 Augsburg · 0821 5550 9120
""",
      company="Lechpersonal", contact="k.mayr@lechpersonal.example.de", fmt="alt"),

    m("lim_inv", INV, "de", "2026-03-04 09:12",
      ("Nadine Brunner", "nadine.brunner@limmat-praezision.example.ch"),
      "Einladung zum Erstgespräch via Microsoft Teams",
      """
Grüezi Herr Grünwald

Vielen Dank für Ihre Bewerbung als Produktionsplaner Zerspanung. Gerne möchten wir Sie in einem ersten Gespräch per Video näher kennenlernen.

Datum: Donnerstag, 12. März 2026
Zeit: 10:00 bis 10:45 Uhr (MEZ)
Teilnehmende: Nadine Brunner (HR Business Partnerin), Patrick Egli (Leiter Arbeitsvorbereitung)
Link: https://teams.example.ch/l/meetup-join/limmat-12-03-gruenwald

Bitte bestätigen Sie uns den Termin bis Freitag.

Freundliche Grüsse
Nadine Brunner
HR Business Partnerin
Limmat Präzision AG · Hardturmstrasse 180 · 8005 Zürich
T +41 44 555 02 37
""",
      company="Limmat Präzision", contact="nadine.brunner@limmat-praezision.example.ch",
      parent="lim_ack"),

    m("lim_inv2", INV, "de", "2026-03-16 14:50",
      ("Nadine Brunner", "nadine.brunner@limmat-praezision.example.ch"),
      "AW: Entschuldigung wegen heute Vormittag",
      """
Guten Tag Herr Grünwald

Danke für Ihre Erklärung, so etwas kann passieren. Wir geben Ihnen gerne eine zweite Chance.

Neuer Termin: Mittwoch, 18. März 2026, 15:30 Uhr, wieder via Teams. Diesmal sende ich Ihnen den Link zusätzlich per SMS auf die Nummer aus Ihrem Lebenslauf.

Link: https://teams.example.ch/l/meetup-join/limmat-18-03-gruenwald

Freundliche Grüsse
Nadine Brunner
""",
      company="Limmat Präzision", contact="nadine.brunner@limmat-praezision.example.ch",
      parent="lim_sorry", quote=True, qstyle="de"),

    m("br_inv", INV, "de", "2026-03-02 16:04",
      ("Florian Kögl", "florian.koegl@brenner-werkzeugbau.example.de"),
      "Ihre Bewerbung – kurzes Telefonat?",
      """
Hallo Herr Grünwald,

Ihre Bewerbung liegt mir vor, und ich hätte gern ein kurzes telefonisches Vorgespräch mit Ihnen, bevor wir Sie ins Werk einladen. Dauer ca. 20–30 Minuten.

Wie wäre es mit Dienstag, 10. März, um 14:00 Uhr? Ich würde Sie auf der Mobilnummer aus dem Lebenslauf anrufen.

Grüße
Florian Kögl
Leitung Fertigung
Brenner Werkzeugbau GmbH & Co. KG · Lichtenbergstraße 6 · 85748 Garching
""",
      company="Brenner Werkzeugbau", contact="florian.koegl@brenner-werkzeugbau.example.de"),

    m("sih_inv", INV, "de", "2026-04-01 11:27",
      ("Reto Zürcher", "reto.zuercher@sihltal-feinwerk.example.ch"),
      "Einladung Vorstellungsgespräch Produktionsplaner",
      """
Grüezi Herr Grünwald

Vielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem Gespräch bei uns in Adliswil einladen, am Freitag, 10. April 2026 um 9:00 Uhr.

Das Gespräch findet mit mir und unserer HR-Verantwortlichen, Frau Gerber, statt. Anschliessend zeigen wir Ihnen gerne die Fertigung. Die Reisekosten ab Augsburg übernehmen wir (2. Klasse).

Bitte geben Sie uns kurz Bescheid, ob der Termin passt.

Freundliche Grüsse
Reto Zürcher
Leiter Produktion
Sihltal Feinwerktechnik AG
""",
      company="Sihltal Feinwerktechnik", contact="reto.zuercher@sihltal-feinwerk.example.ch",
      fmt="html"),

    m("hp_wuerm_inv", INV, "de", "2026-04-20 12:41",
      ("Jonas Pfeiffer", "j.pfeiffer@hofmann-partner.example.de"),
      "Würmtal Fahrzeugtechnik möchte Sie kennenlernen",
      """
Lieber Herr Grünwald,

gute Nachrichten: Ich habe Ihr Profil unserem Mandanten Würmtal Fahrzeugtechnik in Gräfelfing vorgestellt, und man möchte Sie gern zu einem ersten Gespräch einladen.

Vorgeschlagen ist Montag, 4. Mai 2026, 11:00 Uhr, vor Ort in Gräfelfing mit dem Leiter Produktionsplanung, Herrn Dr. Feucht, und der Personalleiterin, Frau Amann.

Ich würde gern vorab 20 Minuten mit Ihnen telefonieren, um Sie auf das Gespräch vorzubereiten – wann passt es Ihnen diese Woche?

Herzliche Grüße
Jonas Pfeiffer
""" + sig("Hofmann & Partner Personalberatung GmbH",
          "Prinzregentenstraße 61 · 81675 München",
          "T +49 89 5550 6612 · M +49 160 5550 1893"),
      company="Würmtal Fahrzeugtechnik", contact="j.pfeiffer@hofmann-partner.example.de",
      fmt="alt"),

    m("ds_inv", INV, "de", "2026-06-15 09:03",
      ("Elisabeth Strasser", "elisabeth.strasser@donaustahl.example.at"),
      "Einladung zum Video-Interview – Produktionsplaner:in Anlagenbau",
      """
Sehr geehrter Herr Grünwald,

vielen Dank für Ihre Bewerbung bei der Donaustahl Anlagenbau GmbH. Ihr Profil hat uns überzeugt und wir möchten Sie gerne zu einem ersten Video-Interview einladen.

Termin: Mittwoch, 24. Juni 2026, 10:00 Uhr
Dauer: ca. 60 Minuten
Teilnehmer: Ing. Herbert Pichler (Werksleitung Linz), Mag. Elisabeth Strasser (HR)
Zugang: https://meet.example.at/donaustahl/pp-gruenwald

Im Gespräch möchten wir u. a. über Ihre Erfahrungen mit der Arbeitsplanung für Schweißbaugruppen sprechen.

Bitte bestätigen Sie den Termin über den Link in Personio oder direkt per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Mag. Elisabeth Strasser
HR Business Partner
Donaustahl Anlagenbau GmbH · Hafenstraße 60 · 4020 Linz · Österreich
T +43 732 5550 4411
""",
      company="Donaustahl Anlagenbau", contact="elisabeth.strasser@donaustahl.example.at",
      parent="ds_ack"),

    m("ds_trial", INV, "de", "2026-07-10 13:20",
      ("Elisabeth Strasser", "elisabeth.strasser@donaustahl.example.at"),
      "AW: Danke für das Gespräch – Einladung zum Schnuppertag",
      """
Lieber Herr Grünwald,

vielen Dank für Ihre nette Nachricht. Auch Herr Ing. Pichler hat das Gespräch sehr positiv in Erinnerung.

Als nächsten Schritt laden wir Sie gerne zu einem Schnuppertag in unser Werk in Linz ein: Mittwoch, 22. Juli 2026, von 8:00 bis ca. 15:00 Uhr. Sie verbringen den Vormittag in der Arbeitsvorbereitung und den Nachmittag in der Montagehalle 3; zum Abschluss gibt es ein Gespräch mit der Geschäftsführung.

Die Kosten für Anreise und eine Übernachtung übernehmen wir selbstverständlich. Bitte bringen Sie Sicherheitsschuhe mit, Schutzbrille und Gehörschutz stellen wir.

Mit freundlichen Grüßen
Elisabeth Strasser
""",
      company="Donaustahl Anlagenbau", contact="elisabeth.strasser@donaustahl.example.at",
      parent="ds_thanks", quote=True, qstyle="de"),

    m("im_inv", INV, "de", "2026-07-20 10:55", IM_ORG,
      "Einladung: Interview Produktionsplaner (m/w/d) – Isarmotion",
      """
Hallo Herr Grünwald,

vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d) in unserem Werk München-Freimann. Wir möchten Sie gern persönlich kennenlernen und haben Ihnen eine Kalendereinladung geschickt:

Dienstag, 28. Juli 2026, 13:30–15:00 Uhr
Isarmotion Automotive Systems GmbH, Werk Freimann, Gebäude 4, Raum 4.017
Ihre Gesprächspartner: Stefan Amberger (Teamleiter Produktionsplanung) und ich

Bitte nehmen Sie die Einladung in Ihrem Kalender an oder schlagen Sie einen anderen Termin vor.

Beste Grüße
Christina Vogl
Talent Acquisition
Isarmotion Automotive Systems GmbH
Frankfurter Ring 230 · 80807 München
""",
      company="Isarmotion Automotive Systems", contact="christina.vogl@isarmotion.example.de",
      fmt="alt",
      ics=ics("REQUEST", "im-2026-0728-gruenwald@isarmotion.example.de", 0,
              "20260728T133000", "20260728T150000",
              "Interview Produktionsplaner – Matthias Grünwald",
              "Werk Freimann\\, Gebäude 4\\, Raum 4.017", IM_ORG,
              stamp="20260720T085500Z"),
      parent="im_ack"),

    m("im_inv2", INV, "de", "2026-08-18 16:37", IM_ORG,
      "Zweite Runde: Fallstudie und Werksrundgang am 2. September",
      """
Hallo Herr Grünwald,

herzlichen Dank für das gute Gespräch im Juli! Wir würden Sie gern zur zweiten Runde einladen.

Mittwoch, 2. September 2026, 9:00–13:00 Uhr, Werk Freimann
09:00 Fallstudie: Sie erhalten eine reale Auftragssituation aus unserer Kabelbaum-Vormontage und erstellen eine Grobplanung (45 Minuten Vorbereitung, 20 Minuten Präsentation)
10:30 Werksrundgang mit Herrn Amberger
11:30 Gespräch mit Frau Dr. Brandl (Werkleitung)

Die Unterlagen für die Fallstudie bekommen Sie vor Ort, ein Laptop wird gestellt. Die Kalendereinladung folgt separat.

Beste Grüße
Christina Vogl
Talent Acquisition · Isarmotion Automotive Systems GmbH
""",
      company="Isarmotion Automotive Systems", contact="christina.vogl@isarmotion.example.de",
      ics=ics("REQUEST", "im-2026-0902-gruenwald@isarmotion.example.de", 0,
              "20260902T090000", "20260902T130000",
              "2. Runde Produktionsplaner – Fallstudie und Werksrundgang",
              "Werk Freimann\\, Empfang Gebäude 1", IM_ORG, stamp="20260818T143700Z"),
      ics_attach="zweite_runde.ics", parent="im_confirm"),

    # ================================================================ invitations, English
    m("ke_inv", INV, "en", "2026-02-24 15:10",
      ("Jana Weber via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Production Planner at Kestrel Motion Systems",
      """
Hi Matthias,

Thanks for applying to Kestrel Motion Systems! We'd love to invite you to a first interview for the Production Planner position in Munich.

The conversation will be a 45-minute video call with me and our Operations Manager, Tobias Reindl. Please use the link below to pick a time that works for you next week:

https://app.greenhouse.example/schedule/kestrel/7f3c9a

If none of the slots suit you, just reply to this email and I'll find an alternative.

Looking forward to speaking with you,
Jana Weber
Talent Acquisition Partner | Kestrel Motion Systems
""",
      company="Kestrel Motion Systems", contact="jana.weber@kestrel-motion.example.com",
      reply_to=("Jana Weber", "jana.weber@kestrel-motion.example.com"),
      fmt="alt", parent="ke_ack"),

    m("hg_inv", INV, "en", "2026-04-13 10:02",
      ("Lukas Meier from Helvetic Gearworks", "no-reply@teamtailor-mail.com"),
      "Let's talk! Book your interview with Helvetic Gearworks",
      """
Hi Matthias,

Great news – we'd like to get to know you better! Please book a time for an interview with our plant management team for the Manufacturing Engineer role in Dübendorf.

Book your interview: https://helvetic-gearworks.teamtailor.example/meetings/8812

The interview will take place on site and last about an hour, followed by a short tour of the gear-cutting hall. Bring any questions you have!

Kind regards,
Lukas Meier
Talent Partner, Helvetic Gearworks
""",
      company="Helvetic Gearworks", contact="lukas.meier@helvetic-gearworks.example.ch",
      reply_to=("Lukas Meier", "lukas.meier@helvetic-gearworks.example.ch"),
      fmt="html", parent="hg_ack"),

    m("at_inv", INV, "en", "2026-04-07 08:48",
      ("Oliver Grant", "oliver.grant@alpinetalent.example.ch"),
      "Planning Engineer – confidential search – video call with my client",
      """
Hi Matthias,

Good to speak earlier. As discussed, my client – a mid-sized manufacturer of packaging machinery in Eastern Switzerland, whom I can't name at this stage – would like to meet you on a video call.

Proposed: Thursday 23 April, 16:00 CET, 45 minutes with their Director of Operations. I'll send the link once you confirm.

Please keep this confidential for now.

Cheers,
Oliver

Oliver Grant | Partner
Alpine Talent Partners | Bahnhofstrasse 52 | 8001 Zurich
+41 44 555 0197
""",
      company="Alpine Talent Partners", contact="oliver.grant@alpinetalent.example.ch",
      parent="at_cold", quote=True, qstyle="en"),

    m("ng_inv", INV, "en", "2026-05-12 13:14",
      ("Emma Clarke", "no-reply@hire.lever.co"),
      "Interview with Northgate Precision – Production Planner",
      """
Hi Matthias,

Thanks for your application for the Production Planner role at our Linz plant. We'd like to invite you to a 30-minute phone interview on Wednesday, 20 May at 3:00 pm (Vienna time). I'll call you on the number in your CV.

If that time doesn't work, reply to this email and we'll find another slot.

Best,
Emma Clarke
Talent Acquisition Lead, Northgate Precision
""",
      company="Northgate Precision", contact="emma.clarke@northgate-precision.example.com",
      reply_to=("Emma Clarke", "emma.clarke@northgate-precision.example.com"),
      parent="ng_ack"),

    m("md_inv", INV, "en", "2026-06-03 11:22", MD_ORG,
      "Meridian Drive Components – interview for Manufacturing Engineer",
      """
Dear Matthias,

Thank you for your application for the Manufacturing Engineer position at our plant in Munich-Moosach. Our Head of Industrial Engineering, David Kerr, would like to meet you.

I have sent you a calendar invitation for Thursday, 11 June 2026, 10:00–11:30, on site (Dachauer Strasse 600, reception building A). Please accept it or let me know if you need a different time.

Kind regards,
Sophie Lang
HR Manager | Meridian Drive Components GmbH
Dachauer Strasse 600 | 80993 Munich | +49 89 5550 4470
""",
      company="Meridian Drive Components", contact="sophie.lang@meridian-drive.example.com",
      fmt="alt",
      ics=ics("REQUEST", "md-interview-8831@meridian-drive.example.com", 0,
              "20260611T100000", "20260611T113000",
              "Interview Manufacturing Engineer – M. Grünwald",
              "Dachauer Strasse 600\\, building A", MD_ORG, stamp="20260603T092200Z")),

    # ================================================================ invitations, French
    m("rh_inv", INV, "fr", "2026-03-02 14:26",
      ("Claire Schaller", "c.schaller@rhenatec.example.fr"),
      "Invitation à un entretien – Technicien méthodes",
      """
Bonjour Monsieur Grünwald,

Suite à votre candidature au poste de technicien méthodes, nous avons le plaisir de vous inviter à un entretien dans nos locaux :

le mardi 10 mars 2026 à 14h00
Rhénatec Usinage, 14 rue du Port du Rhin, 67100 Strasbourg

Vous rencontrerez M. Lucas Wendling, responsable industrialisation, et moi-même. L'entretien durera environ une heure et pourra se dérouler en partie en allemand si vous le souhaitez.

Merci de me confirmer votre présence.

Cordialement,
Claire Schaller
Responsable Ressources Humaines
Rhénatec Usinage – Tél. 03 88 55 50 41
""",
      company="Rhénatec Usinage", contact="c.schaller@rhenatec.example.fr",
      parent="rh_ack"),

    m("af_inv", INV, "fr", "2026-04-21 10:40", AF_ORG,
      "Convocation à un entretien – Planificateur de maintenance (AFN-0317)",
      """
Monsieur,

Nous avons le plaisir de vous convier à un entretien pour le poste de planificateur de maintenance du matériel roulant.

Date : jeudi 30 avril 2026 à 9h30
Lieu : Ateliers Ferroviaires du Neudorf, 2 rue de l'Atelier, 67100 Strasbourg – accueil du bâtiment administratif

Merci de vous munir d'une pièce d'identité ; l'accès au site est contrôlé. Vous trouverez ci-joint une invitation à ajouter à votre agenda.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Julien Meyer
Responsable de l'unité de production
Ateliers Ferroviaires du Neudorf
""",
      company="Ateliers Ferroviaires du Neudorf", contact="julien.meyer@ateliers-neudorf.example.fr",
      ics=ics("REQUEST", "afn-0317-entretien@ateliers-neudorf.example.fr", 0,
              "20260430T093000", "20260430T110000",
              "Entretien planificateur de maintenance – M. Grünwald",
              "Ateliers du Neudorf\\, bâtiment administratif", AF_ORG,
              tzid="Europe/Paris", stamp="20260421T084000Z"),
      ics_attach="entretien.ics", parent="af_ack"),

    m("cvr_inv", INV, "fr", "2026-06-10 17:55",
      ("Hélène Marchal", "h.marchal@vosges-recrutement.example.fr"),
      "Entretien avec les Forges de Molsheim",
      """
Bonjour Matthias,

Comme convenu au téléphone, je vous confirme votre entretien avec notre client, les Forges de Molsheim, pour le poste de responsable planification :

vendredi 19 juin à 10h30, sur le site de Molsheim (route Industrielle, portail n° 2).

Vous serez reçu par M. Ritter, directeur industriel. Prévoyez environ 1h30 avec une visite de la forge. N'hésitez pas à m'appeler avant si vous avez la moindre question.

Bien à vous,
Hélène Marchal
Consultante senior – Industrie
Cabinet Vosges Recrutement · 06 55 50 21 48
""",
      company="Forges de Molsheim", contact="h.marchal@vosges-recrutement.example.fr",
      fmt="alt"),

    m("ho_inv", INV, "fr", "2026-08-03 09:35",
      ("Thomas Roth", "t.roth@haguenau-outillage.example.fr"),
      "Journée d'essai dans notre atelier",
      """
Bonjour Monsieur Grünwald,

Votre profil a retenu toute notre attention pour le poste de préparateur-planificateur. Plutôt qu'un entretien classique, nous vous proposons une journée d'essai dans notre atelier le lundi 17 août 2026 à partir de 7h30.

Au programme : découverte de l'atelier, exercice de lancement d'ordres de fabrication sur notre ERP, puis échange avec le chef d'atelier et moi-même en fin de journée.

Le repas de midi est pris en charge. Pensez à vos chaussures de sécurité.

Cordialement,
Thomas Roth
Directeur de production
Haguenau Outillage, 21 rue des Tanneurs, 67500 Haguenau
""",
      company="Haguenau Outillage", contact="t.roth@haguenau-outillage.example.fr",
      cs="windows-1252"),

    # ================================================================ invitations, Spanish
    m("nv_inv", INV, "es", "2026-03-20 10:12",
      ("Ane Etxeberria", "ane.etxeberria@nervion-mecanizados.example.es"),
      "Entrevista por videollamada – Planificador/a de Producción",
      """
Hola Matthias:

Gracias de nuevo por tu candidatura. Nos gustaría conocerte en una primera entrevista por videollamada con Koldo Barrenetxea, jefe de taller, y conmigo.

Te propongo el jueves 26 de marzo a las 11:00 (hora peninsular). Te enviaré el enlace de Teams en cuanto me confirmes.

Si no te viene bien, dime un par de alternativas esa misma semana.

Un saludo,
Ane Etxeberria
Técnica de Selección · Nervión Mecanizados
Tel. 944 555 207
""",
      company="Nervión Mecanizados", contact="ane.etxeberria@nervion-mecanizados.example.es",
      parent="nv_ack"),

    m("td_inv", INV, "es", "2026-05-27 08:58",
      ("Iñigo Zabala vía SmartRecruiters", "noreply@smartrecruiters.com"),
      "Invitación a entrevista – Talleres Deusto Automoción",
      """
Hola Matthias,

Nos alegra comunicarte que tu candidatura para el puesto de Planificador/a de Producción ha pasado a la fase de entrevistas.

Te invitamos a una entrevista presencial el martes 9 de junio de 2026 a las 12:00 en nuestra planta (Calle Lehendakari Leizaola 29, 48001 Bilbao). Participarán Iñigo Zabala (Responsable de Selección) y Arantza Goikoetxea (Directora de Planta).

Por favor, confirma tu asistencia respondiendo a este correo.

Saludos,
Iñigo Zabala
Talleres Deusto Automoción
""",
      company="Talleres Deusto Automoción", contact="inigo.zabala@talleres-deusto.example.es",
      reply_to=("Iñigo Zabala", "inigo.zabala@talleres-deusto.example.es"),
      fmt="alt", parent="td_ack"),

    m("ct_inv", INV, "es", "2026-05-06 12:30",
      ("Lucía Ortega", "lucia.ortega@cantabrico-talento.example.es"),
      "Entrevista con mi cliente – Jefe/a de Planificación",
      """
Hola Matthias:

¡Buenas noticias! Mi cliente, una empresa de componentes para el sector ferroviario con planta en la margen izquierda, quiere entrevistarte para el puesto de Jefe/a de Planificación. Por confidencialidad todavía no puedo darte el nombre.

La entrevista sería por Teams el jueves 14 de mayo a las 17:00, con el director de operaciones. Te paso el enlace en cuanto me confirmes.

Un abrazo,
Lucía Ortega
Consultora de Selección · Cantábrico Talento
""",
      company="Cantábrico Talento", contact="lucia.ortega@cantabrico-talento.example.es",
      parent="ct_cold"),

    m("uz_inv", INV, "es", "2026-07-06 09:44",
      ("Jon Agirre", "jon.agirre@utillajes-zorrotza.example.es"),
      "Prueba práctica y entrevista – Técnico/a de Planificación",
      """
Buenos días, Matthias:

Tras revisar tu CV nos gustaría invitarte a una prueba práctica seguida de entrevista en nuestras instalaciones de Zorrotza el miércoles 15 de julio a las 9:30.

La prueba consiste en preparar la hoja de ruta y los tiempos de un utillaje de soldadura a partir de un plano (unas dos horas). Después charlaremos tranquilamente sobre el puesto y las condiciones.

Dirección: Camino de Zorrotzaurre 14, 48013 Bilbao. Hay aparcamiento para visitas en la entrada.

Saludos,
Jon Agirre
Gerente · Utillajes Zorrotza
""" + "\n" + DISCLAIMER_ES,
      company="Utillajes Zorrotza", contact="jon.agirre@utillajes-zorrotza.example.es",
      cs="windows-1252"),

    # ================================================================ moved / cancelled
    m("lw_move", MOV, "de", "2026-01-27 13:02",
      ("Sabine Huber", "s.huber@lechwerk-maschinenbau.example.de"),
      "AW: Einladung zum Vorstellungsgespräch – Arbeitsvorbereiter (m/w/d)",
      """
Sehr geehrter Herr Grünwald,

leider muss ich unseren Termin am Dienstag, 3. Februar, verschieben: Herr Wiedemann ist an diesem Tag kurzfristig bei einem Kunden in Polen.

Könnten Sie stattdessen am Donnerstag, 5. Februar 2026, um 10:00 Uhr zu uns kommen? Ort und Ablauf bleiben unverändert.

Entschuldigen Sie bitte die Umstände.

Freundliche Grüße
Sabine Huber
""",
      company="Lechwerk Maschinenbau", contact="s.huber@lechwerk-maschinenbau.example.de",
      parent="lw_inv", quote=True, qstyle="outlook_de"),

    m("sw_move", MOV, "de", "2026-02-13 10:31",
      ("Markus Reiter", "markus.reiter@stadtwerke-lechfeld.example.de"),
      "Terminverschiebung Vorstellungsgespräch 19.02.",
      """
Sehr geehrter Herr Grünwald,

wegen einer kurzfristig angesetzten Betriebsversammlung müssen wir Ihr Vorstellungsgespräch am Donnerstag, 19.02., leider verlegen.

Neuer Termin: Freitag, 20.02.2026, 9:00 Uhr, gleicher Ort (Raum 1.12).

Bitte teilen Sie mir mit, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
i. A. Markus Reiter
""",
      company="Stadtwerke Lechfeld", contact="markus.reiter@stadtwerke-lechfeld.example.de",
      parent="sw_inv", cs="iso-8859-1", cte="quoted-printable"),

    m("sih_cancel", MOV, "de", "2026-04-08 17:15",
      ("Reto Zürcher", "reto.zuercher@sihltal-feinwerk.example.ch"),
      "Absage Gesprächstermin 10. April – neuer Termin folgt",
      """
Grüezi Herr Grünwald

Leider müssen wir das Gespräch vom Freitag, 10. April, absagen. Wir haben diese Woche einen Maschinenschaden an unserer Hauptlinie und ich werde in der Fertigung gebraucht.

Ihre Bewerbung ist davon nicht betroffen – Frau Gerber meldet sich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen. Ein bereits gekauftes Bahnticket erstatten wir Ihnen selbstverständlich.

Freundliche Grüsse
Reto Zürcher
""",
      company="Sihltal Feinwerktechnik", contact="reto.zuercher@sihltal-feinwerk.example.ch",
      parent="sih_inv"),

    m("mf_cancel", MOV, "de", "2026-05-11 07:05", MF_ORG,
      "Abgesagt: Interview Fertigungsingenieur (m/w/d) – 13.05.2026 10:00",
      """
Hallo Matthias,

Ihr Interview für die Position Fertigungsingenieur (m/w/d) am Mittwoch, 13.05.2026 um 10:00 Uhr wurde vom Recruiting-Team abgesagt.

Wir werden uns in Kürze bezüglich eines neuen Termins bei Ihnen melden.

Dies ist eine automatisch erzeugte Nachricht. Antworten auf diese E-Mail werden nicht gelesen.

Mangfall Antriebe – Talent Acquisition
""",
      company="Mangfall Antriebe", tz="+0000", fmt="alt",
      ics=ics("CANCEL", "wd-int-10482-0513@myworkday.com", 2,
              "20260513T100000", "20260513T110000",
              "Interview Fertigungsingenieur (m/w/d)", "Microsoft Teams", MF_ORG,
              status="CANCELLED", stamp="20260511T050500Z")),

    m("hp_wuerm_move", MOV, "de", "2026-04-27 09:57",
      ("Jonas Pfeiffer", "j.pfeiffer@hofmann-partner.example.de"),
      "AW: Würmtal Fahrzeugtechnik möchte Sie kennenlernen",
      """
Lieber Herr Grünwald,

kleine Planänderung: Herr Dr. Feucht muss am 4. Mai zu einem Audit bei einem OEM. Würmtal schlägt stattdessen Dienstag, 12. Mai, 14:00 Uhr vor, gleicher Ort, gleiche Runde.

Ich habe vorläufig zugesagt, damit der Slot nicht verloren geht – bitte geben Sie mir kurz Bescheid, ob es für Sie passt.

Herzliche Grüße
Jonas Pfeiffer
""",
      company="Würmtal Fahrzeugtechnik", contact="j.pfeiffer@hofmann-partner.example.de",
      parent="hp_wuerm_inv", quote=True, qstyle="de"),

    m("ds_move", MOV, "de", "2026-06-18 15:48",
      ("Elisabeth Strasser", "elisabeth.strasser@donaustahl.example.at"),
      "Verschiebung Video-Interview auf Donnerstag, 25. Juni",
      """
Sehr geehrter Herr Grünwald,

Herr Ing. Pichler ist am 24. Juni leider bei einer Abnahme in Tschechien. Dürfen wir das Video-Interview um einen Tag auf Donnerstag, 25. Juni 2026, 10:00 Uhr verschieben? Der Link bleibt derselbe.

Vielen Dank für Ihre Flexibilität!

Mit freundlichen Grüßen
Elisabeth Strasser
HR Business Partner · Donaustahl Anlagenbau GmbH
""",
      company="Donaustahl Anlagenbau", contact="elisabeth.strasser@donaustahl.example.at",
      parent="ds_inv", fmt="html"),

    m("im_move", MOV, "de", "2026-07-23 08:40", IM_ORG,
      "Aktualisiert: Interview Produktionsplaner – neuer Termin 30.07.",
      """
Hallo Herr Grünwald,

wegen einer Kundenauditierung im Werk müssen wir unser Gespräch leider verschieben. Neuer Termin ist Donnerstag, 30. Juli 2026, 10:00–11:30 Uhr, gleicher Raum. Die Kalendereinladung habe ich entsprechend aktualisiert.

Sollte der neue Termin nicht passen, melden Sie sich bitte kurz bei mir.

Beste Grüße
Christina Vogl
""",
      company="Isarmotion Automotive Systems", contact="christina.vogl@isarmotion.example.de",
      fmt="alt",
      ics=ics("REQUEST", "im-2026-0728-gruenwald@isarmotion.example.de", 1,
              "20260730T100000", "20260730T113000",
              "Interview Produktionsplaner – Matthias Grünwald",
              "Werk Freimann\\, Gebäude 4\\, Raum 4.017", IM_ORG,
              stamp="20260723T064000Z"),
      parent="im_inv"),

    m("ke_move", MOV, "en", "2026-03-03 12:05",
      ("Jana Weber", "jana.weber@kestrel-motion.example.com"),
      "Re: Interview invitation: Production Planner at Kestrel Motion Systems",
      """
Hi Matthias,

I'm really sorry, but Tobias has been called to our plant in Slovakia this week, so we need to move your interview from Thursday 5 March. Could you do Tuesday 10 March at 11:00 instead? The video link will stay the same.

Apologies for the short notice!

Best,
Jana
""",
      company="Kestrel Motion Systems", contact="jana.weber@kestrel-motion.example.com",
      parent="ke_inv", quote=True, qstyle="en"),

    m("ng_move", MOV, "en", "2026-06-01 07:50",
      ("Emma Clarke", "emma.clarke@northgate-precision.example.com"),
      "Your interview on 3 June – postponed",
      """
Hi Matthias,

Unfortunately Markus, our plant manager, is off sick, so we have to postpone Wednesday's interview. I'll come back to you with a new date as soon as he's back – most likely next week.

Sorry for the inconvenience, and thanks for your understanding.

Emma
""",
      company="Northgate Precision", contact="emma.clarke@northgate-precision.example.com",
      parent="ng_missed"),

    m("md_move", MOV, "en", "2026-06-09 16:30", MD_ORG,
      "Cancelled: Interview Manufacturing Engineer – new time to follow",
      """
Dear Matthias,

David has a production emergency at our Czech site this week, so I have cancelled Thursday's interview in your calendar. I'll send a new invitation for the week of 22 June shortly.

Apologies for the change of plans.

Kind regards,
Sophie Lang
HR Manager | Meridian Drive Components
""",
      company="Meridian Drive Components", contact="sophie.lang@meridian-drive.example.com",
      fmt="alt",
      ics=ics("CANCEL", "md-interview-8831@meridian-drive.example.com", 1,
              "20260611T100000", "20260611T113000",
              "Interview Manufacturing Engineer – M. Grünwald",
              "Dachauer Strasse 600\\, building A", MD_ORG, status="CANCELLED",
              stamp="20260609T143000Z"),
      parent="md_inv"),

    m("rh_move", MOV, "fr", "2026-03-05 11:48",
      ("Claire Schaller", "c.schaller@rhenatec.example.fr"),
      "RE: Invitation à un entretien – Technicien méthodes",
      """
Bonjour Monsieur Grünwald,

M. Wendling doit malheureusement se rendre chez un client le 10 mars. Serait-il possible de décaler l'entretien au mercredi 11 mars à 10h00 ? Le lieu reste inchangé.

Je vous prie de nous excuser pour ce changement.

Cordialement,
Claire Schaller
""",
      company="Rhénatec Usinage", contact="c.schaller@rhenatec.example.fr",
      parent="rh_inv", quote=True, qstyle="fr"),

    m("af_cancel", MOV, "fr", "2026-04-24 15:02", AF_ORG,
      "Annulé : Entretien planificateur de maintenance – 30 avril",
      """
Monsieur,

Suite à votre message, et en raison d'un mouvement social prévu le 30 avril sur le site, nous sommes contraints d'annuler l'entretien prévu ce jour-là. L'invitation correspondante est annulée dans votre agenda.

Nous reviendrons vers vous dès que possible pour convenir d'une nouvelle date.

Cordialement,
Julien Meyer
""",
      company="Ateliers Ferroviaires du Neudorf", contact="julien.meyer@ateliers-neudorf.example.fr",
      fmt="alt",
      ics=ics("CANCEL", "afn-0317-entretien@ateliers-neudorf.example.fr", 1,
              "20260430T093000", "20260430T110000",
              "Entretien planificateur de maintenance – M. Grünwald",
              "Ateliers du Neudorf\\, bâtiment administratif", AF_ORG,
              status="CANCELLED", tzid="Europe/Paris", stamp="20260424T130200Z"),
      parent="af_ask"),

    m("ho_move", MOV, "fr", "2026-08-07 12:20",
      ("Thomas Roth", "t.roth@haguenau-outillage.example.fr"),
      "Re: Journée d'essai dans notre atelier",
      """
Bonjour Monsieur Grünwald,

Petit changement : notre atelier sera fermé le 17 août pour une intervention sur le réseau électrique. Nous décalons donc votre journée d'essai au mardi 18 août, même horaire (7h30).

Merci de me confirmer que cela vous convient.

Cordialement,
Thomas Roth
""",
      company="Haguenau Outillage", contact="t.roth@haguenau-outillage.example.fr",
      parent="ho_inv", quote=True, qstyle="fr", cs="iso-8859-15"),

    m("nv_move", MOV, "es", "2026-03-24 18:05",
      ("Ane Etxeberria", "ane.etxeberria@nervion-mecanizados.example.es"),
      "RE: Entrevista por videollamada – Planificador/a de Producción",
      """
Hola Matthias:

Perdona el cambio, pero Koldo tiene una auditoría de cliente el jueves por la mañana. ¿Podríamos pasar la entrevista al jueves 26 a las 16:30? El enlace de Teams sería el mismo que te envié.

Gracias por tu flexibilidad,
Ane
""",
      company="Nervión Mecanizados", contact="ane.etxeberria@nervion-mecanizados.example.es",
      parent="nv_inv", quote=True, qstyle="es"),

    m("td_move", MOV, "es", "2026-06-02 13:45",
      ("Iñigo Zabala", "inigo.zabala@talleres-deusto.example.es"),
      "Aplazamiento de tu entrevista del 9 de junio",
      """
Hola Matthias:

Te escribo para avisarte de que tenemos que aplazar la entrevista del martes 9 de junio. Arantza estará esa semana en la planta de nuestro cliente en Valladolid.

En cuanto tengamos su agenda de la semana siguiente te propongo una nueva fecha. Disculpa las molestias.

Saludos,
Iñigo Zabala
Responsable de Selección
Talleres Deusto Automoción S.L.
""",
      company="Talleres Deusto Automoción", contact="inigo.zabala@talleres-deusto.example.es",
      parent="td_inv"),

    # ================================================================ missed interviews
    m("tp_missed", MIS, "de", "2026-02-03 15:12",
      ("Daniel Öztürk", "d.oeztuerk@tempoplus.example.de"),
      "Termin Schwabtec heute 14 Uhr – wo sind Sie?",
      """
Hallo Herr Grünwald,

Frau Lechner von Schwabtec hat mich gerade angerufen: Sie hat heute um 14:00 Uhr an der Pforte auf Sie gewartet, aber Sie sind nicht erschienen. Ich habe Sie zweimal auf dem Handy versucht, leider nur die Mailbox.

Bitte melden Sie sich so schnell wie möglich bei mir, damit ich dem Kunden etwas sagen kann. Vielleicht lässt sich noch ein Ersatztermin für Freitag organisieren.

Daniel Öztürk
TempoPlus Personaldienste · 0151 5550 2210
""",
      company="Schwabtec Antriebstechnik", contact="d.oeztuerk@tempoplus.example.de",
      parent="tp_inv"),

    m("lp_missed", MIS, "de", "2026-02-05 11:05",
      ("Katrin Mayr", "k.mayr@lechpersonal.example.de"),
      "Unser Termin heute um 10 Uhr",
      """
Hallo Herr Grünwald,

wir waren heute um 10:00 Uhr zum Kennenlerngespräch verabredet, Sie sind aber leider nicht gekommen. Ich hoffe, es ist nichts passiert!

Falls Sie weiterhin Interesse haben, schlage ich Ihnen Dienstag, 10. Februar, 8:30 Uhr vor. Bitte geben Sie mir kurz Bescheid.

Beste Grüße
Katrin Mayr
Lechpersonal Zeitarbeit GmbH · 0821 5550 9120
""",
      company="Lechpersonal", contact="k.mayr@lechpersonal.example.de",
      parent="lp_inv", quote=True, qstyle="de", cs="windows-1252"),

    m("lim_missed", MIS, "de", "2026-03-12 10:21",
      ("Nadine Brunner", "nadine.brunner@limmat-praezision.example.ch"),
      "Unser Teams-Termin um 10:00 Uhr",
      """
Guten Tag Herr Grünwald

Herr Egli und ich haben Sie heute um 10:00 Uhr im Teams-Meeting erwartet und rund 15 Minuten gewartet. Leider konnten wir Sie auch telefonisch nicht erreichen.

Falls technische Probleme der Grund waren, lassen Sie es mich bitte wissen.

Freundliche Grüsse
Nadine Brunner
HR Business Partnerin · Limmat Präzision AG
""",
      company="Limmat Präzision", contact="nadine.brunner@limmat-praezision.example.ch",
      parent="lim_inv", cs="iso-8859-1"),

    m("br_missed", MIS, "de", "2026-03-10 14:32",
      ("Florian Kögl", "florian.koegl@brenner-werkzeugbau.example.de"),
      "Telefontermin 14:00 – nicht erreicht",
      """
Hallo Herr Grünwald,

ich habe wie vereinbart um 14:00 Uhr und dann nochmal um 14:15 Uhr auf Ihrem Handy angerufen, Sie aber leider nicht erreicht.

Rufen Sie mich gern zurück unter 089 5550 3381, ich bin bis 17 Uhr im Büro.

Grüße
Florian Kögl
""",
      company="Brenner Werkzeugbau", contact="florian.koegl@brenner-werkzeugbau.example.de",
      parent="br_inv", quote=True, qstyle="outlook_de"),

    m("am_missed", MIS, "de", "2026-04-15 11:40",
      ("Bernd Lautenschlager", "b.lautenschlager@ammersee-kunststoff.example.de"),
      "Vorstellungsgespräch heute 10:30 Uhr",
      """
Hallo Herr Grünwald,

wir hatten Sie heute um 10:30 Uhr zum Vorstellungsgespräch bei uns in Dießen erwartet. Leider sind Sie nicht erschienen und haben sich auch nicht abgemeldet.

Bitte geben Sie mir Bescheid, ob Sie an der Stelle noch Interesse haben.

Bernd Lautenschlager
Werkleiter
Ammersee Kunststofftechnik GmbH | Seestraße 40 | 86911 Dießen
""",
      company="Ammersee Kunststofftechnik",
      contact="b.lautenschlager@ammersee-kunststoff.example.de", fmt="html"),

    m("ng_missed", MIS, "en", "2026-05-20 15:35",
      ("Emma Clarke", "emma.clarke@northgate-precision.example.com"),
      "We tried to reach you at 3 pm",
      """
Hi Matthias,

I tried calling you at 3:00 pm today for our phone interview, twice, but couldn't get through and the call went to voicemail.

No worries if something came up – could you let me know a few times that would work for you in the next days, and I'll see if I can set up an interview with Markus directly?

Best,
Emma Clarke
Talent Acquisition Lead, Northgate Precision
""",
      company="Northgate Precision", contact="emma.clarke@northgate-precision.example.com",
      parent="ng_inv"),

    m("bw_missed", MIS, "en", "2026-02-12 17:02",
      ("Ryan Patel", "ryan.patel@brightwater-tooling.example.com"),
      "Missed phone screen today",
      """
Hi Matthias,

We had a phone screen scheduled for 4:30 pm today. I called the number on your application (+49 171 …) at the agreed time but there was no answer.

If you're still interested in the Manufacturing Planner role, please pick a new slot here: https://brightwater.icims.example/schedule/52277

Thanks,
Ryan Patel
Senior Recruiter EMEA | Brightwater Tooling
""",
      company="Brightwater Tooling", contact="ryan.patel@brightwater-tooling.example.com",
      fmt="alt"),

    m("st_missed", MIS, "fr", "2026-06-19 09:50",
      ("Marc Schmitt", "m.schmitt@selestat-tolerie.example.fr"),
      "Entretien de ce matin 9h",
      """
Bonjour Monsieur Grünwald,

Nous vous avons attendu ce matin à 9h00 pour l'entretien prévu pour le poste de responsable ordonnancement, mais vous ne vous êtes pas présenté.

Si un empêchement de dernière minute vous a retenu, merci de me recontacter au 03 88 55 50 92 afin que nous voyions si un autre rendez-vous est envisageable.

Cordialement,
Marc Schmitt
Directeur de site
Sélestat Tôlerie – ZI Nord – 67600 Sélestat
""",
      company="Sélestat Tôlerie", contact="m.schmitt@selestat-tolerie.example.fr",
      cs="windows-1252", cte="8bit"),

    m("ct_missed", MIS, "es", "2026-05-14 17:25",
      ("Lucía Ortega", "lucia.ortega@cantabrico-talento.example.es"),
      "Entrevista de hoy a las 17:00",
      """
Matthias, ¿todo bien?

El director de operaciones de mi cliente te ha estado esperando en Teams desde las 17:00 y no te has conectado. Te he llamado al móvil pero no me lo coges.

Escríbeme en cuanto puedas y veo si podemos recolocar la entrevista.

Lucía
""",
      company="Cantábrico Talento", contact="lucia.ortega@cantabrico-talento.example.es",
      parent="ct_inv"),

    m("ec_missed", MIS, "es", "2026-06-12 12:15",
      ("Maite Urrutia", "maite.urrutia@erandio-caldereria.example.es"),
      "No hemos podido contactar con usted",
      """
Estimado Sr. Grünwald:

Según lo acordado, hoy a las 11:30 intentamos llamarle para la entrevista telefónica del puesto de Técnico de Planificación, pero no fue posible contactar con usted en ninguno de los dos intentos.

Si sigue interesado en el puesto, le ruego que nos indique su disponibilidad para los próximos días.

Atentamente,
Maite Urrutia
Responsable de RRHH
Erandio Calderería S.A. · Polígono Lutxana, 48950 Erandio
""" + "\n" + DISCLAIMER_ES,
      company="Erandio Calderería", contact="maite.urrutia@erandio-caldereria.example.es",
      fmt="alt", cs="iso-8859-1"),
]
