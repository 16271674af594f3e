"""Corpus 295: rejections (every kind of "no" to Matthias's applications)."""

from __future__ import annotations

from msgs295_common import (
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    Spec,
    m,
    sig,
)

R = "rejection"

MSGS: list[Spec] = [
    # ------------------------------------------------------------------ German
    m("lw_rej", R, "de", "2026-02-19 11:42",
      ("Sabine Huber", "s.huber@lechwerk-maschinenbau.example.de"),
      "AW: Vielen Dank für das Gespräch am 5. Februar",
      """
Sehr geehrter Herr Grünwald,

vielen Dank für Ihre freundliche Nachricht und nochmals für das offene Gespräch bei uns in Lechhausen. Herr Wiedemann und ich haben uns über Ihren Werdegang von der CNC-Fräse in Richtung Arbeitsvorbereitung sehr gefreut.

Nach reiflicher Überlegung haben wir uns jedoch für einen Bewerber entschieden, der bereits mehrere Jahre Erfahrung mit SAP PP und der Kapazitätsplanung in der Einzelfertigung mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute und viel Erfolg.

Freundliche Grüße

Sabine Huber
Personalreferentin
Lechwerk Maschinenbau GmbH
Derchinger Straße 114 · 86165 Augsburg
Tel. +49 821 5550 318
""" + "\n" + DISCLAIMER_DE,
      company="Lechwerk Maschinenbau", contact="s.huber@lechwerk-maschinenbau.example.de",
      parent="lw_thanks", quote=True),

    m("sw_rej", R, "de", "2026-03-12 14:05",
      ("Markus Reiter", "markus.reiter@stadtwerke-lechfeld.example.de"),
      "Ihre Bewerbung als Fertigungsplaner (m/w/d) – Kennziffer SWL-2026-04",
      """
Sehr geehrter Herr Grünwald,

wir danken Ihnen nochmals für Ihr Interesse an den Stadtwerken Lechfeld und für das angenehme Gespräch im Februar.

Wir möchten Sie heute darüber informieren, dass die Stelle zwischenzeitlich mit einem internen Kandidaten aus unserer Netzwerkstatt besetzt wurde. Wir werden Ihre Bewerbung daher nicht weiter berücksichtigen können.

Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
i. A. Markus Reiter
Personal und Organisation
Stadtwerke Lechfeld GmbH
Am Wasserwerk 3, 86836 Untermeitingen
""",
      company="Stadtwerke Lechfeld", contact="markus.reiter@stadtwerke-lechfeld.example.de",
      parent="sw_move"),

    m("tp_rej", R, "de", "2026-02-10 16:20",
      ("Daniel Öztürk", "d.oeztuerk@tempoplus.example.de"),
      "Rückmeldung Schwabtec – leider keine Übernahme",
      """
Hallo Herr Grünwald,

ich habe heute mit Frau Lechner von Schwabtec Antriebstechnik telefoniert. Nach dem verpassten Termin und dem kurzen Ersatzgespräch am Freitag hat sich der Kunde leider gegen einen Einsatz entschieden – sie suchen doch jemanden, der sofort in die Schichtplanung einsteigen kann.

Das tut mir leid, ich hätte Sie dort gern untergebracht. Ich behalte Ihr Profil aber im Blick und melde mich, sobald etwas Passendes im Raum Augsburg reinkommt.

Viele Grüße
Daniel Öztürk
Personaldisponent

TempoPlus Personaldienste GmbH · Niederlassung Augsburg
Halderstraße 21 · 86150 Augsburg · Tel. 0821 5550 7740
""",
      company="Schwabtec Antriebstechnik", contact="d.oeztuerk@tempoplus.example.de",
      parent="tp_missed"),

    m("lp_rej", R, "de", "2026-04-17 09:31",
      ("Katrin Mayr", "k.mayr@lechpersonal.example.de"),
      "Ihr Profil für den Einsatz Arbeitsvorbereitung (Raum Friedberg)",
      """
Guten Morgen Herr Grünwald,

kurze Rückmeldung zu dem Einsatz in der Arbeitsvorbereitung bei unserem Kunden in Friedberg, den ich Ihnen letzte Woche vorgestellt habe: Der Kunde hat sich für einen anderen Kandidaten entschieden, der schon mit dem dortigen ERP-System gearbeitet hat. Ihr Profil wird für diese Stelle daher nicht weiter berücksichtigt.

Ich weiß, dass Sie unser letztes Angebot ohnehin abgelehnt hatten – wenn Sie trotzdem weiter Interesse an Einsätzen haben, geben Sie mir gern Bescheid.

Beste Grüße
Katrin Mayr
Lechpersonal Zeitarbeit GmbH
Karlstraße 9, 86150 Augsburg
""",
      company="Lechpersonal", contact="k.mayr@lechpersonal.example.de"),

    m("lim_rej", R, "de", "2026-04-09 08:02",
      ("Limmat Präzision AG", "noreply@successfactors.eu"),
      "Ihre Bewerbung: Produktionsplaner Zerspanung (80–100 %)",
      """
Sehr geehrter Herr Grünwald

Besten Dank für die Zeit, die Sie sich für die Gespräche mit uns genommen haben.

Nach sorgfältiger Prüfung aller Kandidaturen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Person entschieden haben, deren Profil noch besser den Anforderungen dieser Funktion entspricht.

Wir danken Ihnen für Ihr Interesse an der Limmat Präzision AG und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Human Resources
Limmat Präzision AG, Hardturmstrasse 180, 8005 Zürich

Diese Nachricht wurde automatisch versendet. Bitte antworten Sie nicht auf diese E-Mail.
""",
      company="Limmat Präzision", fmt="alt"),

    m("fug_rej", R, "de", "2026-02-24 10:15",
      ("Fuggerstadt Präzisionsteile", "noreply@softgarden.io"),
      "Ihre Bewerbung bei der Fuggerstadt Präzisionsteile GmbH",
      """
Sehr geehrter Herr Grünwald,

nochmals vielen Dank für Ihre Bewerbung als Arbeitsvorbereiter CNC (m/w/d) und das damit verbundene Vertrauen in unser Unternehmen.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass Sie nicht in die engere Auswahl gekommen sind. Wir haben uns für Kandidatinnen und Kandidaten entschieden, deren Profil unseren Anforderungen noch etwas näher kommt.

Bitte sehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation. Gern können Sie sich auf künftige Ausschreibungen erneut bewerben.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Fuggerstadt Präzisionsteile GmbH
""",
      company="Fuggerstadt Präzisionsteile", fmt="html", parent="fug_ack"),

    m("br_rej", R, "de", "2026-03-31 17:48",
      ("Florian Kögl", "florian.koegl@brenner-werkzeugbau.example.de"),
      "Stelle Produktionsplaner – aktueller Stand",
      """
Servus Herr Grünwald,

nachdem wir uns telefonisch ja erst im zweiten Anlauf erwischt haben, wollte ich mich wenigstens persönlich bei Ihnen melden: Die Geschäftsleitung hat die Stelle des Produktionsplaners im Zuge der Budgetplanung für dieses Jahr auf Eis gelegt. Wir werden das Auswahlverfahren deshalb nicht fortsetzen und können Ihnen leider keine Stelle anbieten.

Sollte die Position im nächsten Jahr wieder freigegeben werden, würde ich mich bei Ihnen melden – vorausgesetzt, Sie sind dann noch auf der Suche.

Viele Grüße aus Garching
Florian Kögl
Leitung Fertigung
Brenner Werkzeugbau GmbH & Co. KG
""",
      company="Brenner Werkzeugbau", contact="florian.koegl@brenner-werkzeugbau.example.de",
      cs="windows-1252", cte="8bit"),

    m("tv_rej", R, "de", "2026-04-22 07:55",
      ("Traunviertel Hydraulik", "noreply@personio.de"),
      "Ihre Bewerbung als Arbeitsvorbereiter / Fertigungsplaner (m/w/d) in Linz",
      """
Sehr geehrter Herr Grünwald,

vielen Dank für Ihre Geduld und Ihre Nachfrage zum Stand Ihrer Bewerbung.

Wir haben uns alle Bewerbungen sehr genau angesehen. Leider haben wir uns entschieden, mit Kandidatinnen und Kandidaten weiterzumachen, deren Erfahrung noch stärker mit den Anforderungen der Position übereinstimmt – insbesondere im Bereich Hydraulikkomponenten und Losgrößenplanung.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen alles Gute.

Freundliche Grüße
Ihr Team der Traunviertel Hydraulik GmbH
Industriezeile 47, 4020 Linz
""",
      company="Traunviertel Hydraulik"),

    m("am_rej", R, "de", "2026-04-24 13:10",
      ("Bernd Lautenschlager", "b.lautenschlager@ammersee-kunststoff.example.de"),
      "AW: Entschuldigung – verpasster Termin am 15.04.",
      """
Hallo Herr Grünwald,

danke für Ihre Erklärung, das mit der Baustelle auf der B17 glaube ich Ihnen sofort.

Wir haben die Stelle in der Zwischenzeit aber mit einer Kandidatin besetzt, die wir in derselben Woche gesprochen haben. Einen neuen Termin kann ich Ihnen deshalb leider nicht mehr anbieten.

Alles Gute für die weitere Suche!

Bernd Lautenschlager
Werkleiter
Ammersee Kunststofftechnik GmbH | Seestraße 40 | 86911 Dießen
""",
      company="Ammersee Kunststofftechnik",
      contact="b.lautenschlager@ammersee-kunststoff.example.de",
      parent="am_sorry", quote=True, qstyle="outlook_de"),

    m("dt_rej", R, "de", "2026-05-05 10:40",
      ("Gerlinde Hofer", "g.hofer@donautal-giesserei.example.at"),
      "Bewerbung Produktionsplanung – Aussetzung des Auswahlverfahrens",
      """
Sehr geehrter Herr Grünwald,

wir bedanken uns für Ihre Bewerbung als Produktionsplaner in unserem Werk Linz-Hafen.

Aufgrund der aktuellen Auftragslage hat die Geschäftsführung beschlossen, das Besetzungsverfahren für diese Position bis auf Weiteres auszusetzen. Wir werden Ihre Bewerbung im Rahmen dieses Verfahrens daher nicht weiter bearbeiten und senden Ihnen Ihre Unterlagen mit diesem Schreiben zurück bzw. löschen die elektronisch übermittelten Daten.

Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Gerlinde Hofer
Personalabteilung
Donautal Gießerei GmbH
Hafenstraße 12 – 4020 Linz – Österreich
""",
      company="Donautal Gießerei", contact="g.hofer@donautal-giesserei.example.at",
      cs="windows-1252", cte="quoted-printable"),

    m("sih_rej", R, "de", "2026-05-19 15:25",
      ("Reto Zürcher", "reto.zuercher@sihltal-feinwerk.example.ch"),
      "Ihre Kandidatur bei der Sihltal Feinwerktechnik",
      """
Grüezi Herr Grünwald

Nochmals herzlichen Dank, dass Sie für das Gespräch extra nach Adliswil gereist sind. Es war spannend, mehr über Ihre Arbeit an den 5-Achs-Zentren zu erfahren.

Wir haben nun alle Gespräche abgeschlossen und uns für eine Kandidatin entschieden, die bereits in der Medizinaltechnik geplant hat und mit den Swissmedic-Anforderungen vertraut ist. Wir können Ihnen deshalb leider keine Zusage geben.

Ich wünsche Ihnen viel Erfolg und alles Gute für den Berufswechsel.

Freundliche Grüsse

Reto Zürcher
Leiter Produktion
Sihltal Feinwerktechnik AG
Zürichstrasse 22, 8134 Adliswil
""",
      company="Sihltal Feinwerktechnik", contact="reto.zuercher@sihltal-feinwerk.example.ch",
      cs="iso-8859-1"),

    m("mf_rej", R, "de", "2026-06-02 06:30",
      ("Mangfall Antriebe", "mangfall@myworkday.com"),
      "Aktualisierung zu Ihrer Bewerbung R-10482 Fertigungsingenieur (m/w/d)",
      """
Hallo Matthias,

vielen Dank für Ihr Interesse an der Position Fertigungsingenieur (m/w/d) am Standort Rosenheim.

Nach Prüfung Ihrer Unterlagen haben wir entschieden, Ihre Bewerbung nicht weiter zu verfolgen. Wir bitten um Verständnis, dass wir keine individuellen Gründe nennen können.

Den Status Ihrer Bewerbungen können Sie jederzeit in unserem Karriereportal einsehen.

Ihr Talent Acquisition Team
Mangfall Antriebe
""",
      company="Mangfall Antriebe", tz="+0000", fmt="html"),

    m("we_rej", R, "de", "2026-04-14 12:00",
      ("Wertach Elektromotoren", "notifications@bamboohr.com"),
      "Wertach Elektromotoren: Ihre Bewerbung",
      """
Hallo Matthias Grünwald,

danke, dass Sie sich bei Wertach Elektromotoren als Produktionsplaner beworben haben. Nach sorgfältiger Abwägung haben wir beschlossen, uns auf andere Bewerberinnen und Bewerber zu konzentrieren.

Wir wünschen Ihnen viel Erfolg bei Ihrer Suche.

Wertach Elektromotoren GmbH
Personalabteilung
""",
      company="Wertach Elektromotoren", tz="+0000", fmt="alt"),

    m("hp_wuerm_rej", R, "de", "2026-05-26 18:12",
      ("Jonas Pfeiffer", "j.pfeiffer@hofmann-partner.example.de"),
      "Würmtal Fahrzeugtechnik – Rückmeldung nach dem Zweitgespräch",
      """
Lieber Herr Grünwald,

wie versprochen melde ich mich mit der Rückmeldung unseres Mandanten. Würmtal Fahrzeugtechnik war von Ihrer Praxisnähe angetan, hat sich am Ende aber für einen Kandidaten mit abgeschlossenem Studium des Wirtschaftsingenieurwesens entschieden. Für diese Position geht es für Sie damit leider nicht weiter.

Ich halte das persönlich für eine knappe Entscheidung und würde Sie gern für weitere Mandate vormerken. Passt es Ihnen, wenn ich mich in zwei, drei Wochen wieder melde?

Herzliche Grüße
Jonas Pfeiffer
Senior Consultant Technik & Produktion
""" + sig("Hofmann & Partner Personalberatung GmbH",
          "Prinzregentenstraße 61 · 81675 München",
          "T +49 89 5550 6612 · M +49 160 5550 1893"),
      company="Würmtal Fahrzeugtechnik", contact="j.pfeiffer@hofmann-partner.example.de",
      parent="hp_wuerm_move"),

    m("hp_paar_rej", R, "de", "2026-06-30 11:03",
      ("Dr. Ulrike Hofmann", "u.hofmann@hofmann-partner.example.de"),
      "Ihre Kandidatur Paartal Automotive (Ref. HP-2291)",
      """
Sehr geehrter Herr Grünwald,

herzlichen Dank für Ihre Unterlagen zur Position Leiter Arbeitsvorbereitung bei Paartal Automotive in Aichach.

Nach Rücksprache mit unserem Mandanten muss ich Ihnen leider mitteilen, dass Sie für die nächste Runde nicht berücksichtigt werden. Der Kunde legt für diese Führungsposition Wert auf mehrjährige disziplinarische Führungserfahrung, die Sie in Ihrer bisherigen Laufbahn noch nicht sammeln konnten.

Ich bedaure, Ihnen keine andere Nachricht geben zu können, und wünsche Ihnen weiterhin viel Erfolg.

Mit freundlichen Grüßen
Dr. Ulrike Hofmann
Geschäftsführende Gesellschafterin
Hofmann & Partner Personalberatung GmbH
""",
      company="Paartal Automotive", contact="j.pfeiffer@hofmann-partner.example.de",
      reply_to=("Jonas Pfeiffer", "j.pfeiffer@hofmann-partner.example.de"),
      parent="hp_paar_ack"),

    # ------------------------------------------------------------------ English
    m("ke_rej", R, "en", "2026-03-26 16:44",
      ("Kestrel Motion Systems", "no-reply@greenhouse-mail.io"),
      "Your application to Kestrel Motion Systems",
      """
Hi Matthias,

Thank you for taking the time to interview for the Production Planner role in Munich and for your interest in Kestrel Motion Systems.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the needs of the team at this time. This was a difficult decision, as we were impressed with your hands-on machining background.

We will keep your details on file and may reach out should a suitable opening arise.

Best wishes,
The Kestrel Talent Team
""",
      company="Kestrel Motion Systems", tz="+0000", fmt="alt"),

    m("hg_rej", R, "en", "2026-05-07 09:20",
      ("Lukas Meier from Helvetic Gearworks", "no-reply@teamtailor-mail.com"),
      "Update on your application – Manufacturing Engineer",
      """
Dear Matthias,

Thank you again for the conversation with our plant management last week.

I'm sorry to let you know that we won't be taking your application further. The team felt that the role needs more experience with gear grinding and with validation for aerospace customers than your profile currently shows.

We really appreciated your openness and wish you every success.

Kind regards,
Lukas Meier
Talent Partner, Helvetic Gearworks
""",
      company="Helvetic Gearworks", contact="lukas.meier@helvetic-gearworks.example.ch",
      reply_to=("Lukas Meier", "lukas.meier@helvetic-gearworks.example.ch"),
      fmt="html", parent="hg_inv"),

    m("at_rej", R, "en", "2026-04-28 19:05",
      ("Oliver Grant", "oliver.grant@alpinetalent.example.ch"),
      "Re: Planning Engineer – confidential search",
      """
Hi Matthias,

Thanks again for making time for the video call with my client's operations director last Thursday.

I got their feedback this afternoon and unfortunately it's a no this time: they've decided to go ahead with a candidate who has run MRP for a multi-site operation before. I know it's frustrating after a good conversation, and I want to be straight with you rather than keep you waiting.

I'll keep you front of mind for other searches in the region.

Cheers,
Oliver

Oliver Grant | Partner
Alpine Talent Partners | Bahnhofstrasse 52 | 8001 Zurich
+41 44 555 0197
""",
      company="Alpine Talent Partners", contact="oliver.grant@alpinetalent.example.ch",
      parent="at_inv", quote=True, qstyle="outlook_en"),

    m("ng_rej", R, "en", "2026-06-16 10:30",
      ("Emma Clarke", "no-reply@hire.lever.co"),
      "Northgate Precision – Production Planner (Linz)",
      """
Hi Matthias,

Thank you for speaking with Markus and me last week, and for your patience while we rearranged the interview.

We've now completed all interviews for the Production Planner position in Linz. Unfortunately, we will not be moving forward with your application. We had a very strong field and decided on a candidate with several years of planning experience in a regulated environment.

Thanks again for your interest in Northgate, and best of luck with your search.

Emma
Emma Clarke | Talent Acquisition Lead, Northgate Precision
""",
      company="Northgate Precision", contact="emma.clarke@northgate-precision.example.com",
      reply_to=("Emma Clarke", "emma.clarke@northgate-precision.example.com"),
      parent="ng_move"),

    m("bw_rej", R, "en", "2026-03-09 14:12",
      ("Ryan Patel", "ryan.patel@brightwater-tooling.example.com"),
      "Brightwater Tooling – Manufacturing Planner role",
      """
Hello Matthias,

I wanted to give you a quick update after our phone screen. Unfortunately the Manufacturing Planner requisition in Munich has been cancelled following an internal reorganisation, so we will not proceed with any candidates, including yourself.

I'm sorry this comes after you already invested time in the process. Please feel free to apply again for future roles on our careers page.

Best regards,
Ryan Patel
Senior Recruiter EMEA
Brightwater Tooling Inc.
""" + "\n" + DISCLAIMER_EN,
      company="Brightwater Tooling", contact="ryan.patel@brightwater-tooling.example.com"),

    m("cv_rej", R, "en", "2026-07-15 08:15",
      ("Corvane Aerostructures Recruiting", "no-reply@ashbyhq.com"),
      "Corvane Aerostructures | Industrial Engineer – Bilbao",
      """
Hi Matthias,

Thanks so much for applying for the Industrial Engineer role at our Bilbao site. We've reviewed your application carefully and, unfortunately, we've decided not to move forward at this time.

We get a lot of applications and can't share individual feedback, but we hope you'll consider Corvane again in the future.

All the best,
Corvane Aerostructures Recruiting
""",
      company="Corvane Aerostructures", tz="+0000"),

    # ------------------------------------------------------------------ French
    m("rh_rej", R, "fr", "2026-03-27 17:02",
      ("Claire Schaller", "c.schaller@rhenatec.example.fr"),
      "RE: Merci pour l'entretien du 10 mars",
      """
Bonjour Monsieur Grünwald,

Merci pour votre message et pour l'intérêt que vous portez à Rhénatec.

Après avoir rencontré l'ensemble des candidats, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour le poste de technicien méthodes. Nous avons privilégié un profil disposant déjà d'une expérience en industrialisation dans le secteur aéronautique.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Je vous souhaite une bonne continuation.

Claire Schaller
Responsable Ressources Humaines
Rhénatec Usinage SAS – 14 rue du Port du Rhin – 67100 Strasbourg
Tél. 03 88 55 50 41
""" + "\n" + DISCLAIMER_FR,
      company="Rhénatec Usinage", contact="c.schaller@rhenatec.example.fr",
      parent="rh_thanks", quote=True),

    m("af_rej", R, "fr", "2026-05-22 11:30",
      ("Ateliers Ferroviaires du Neudorf", "noreply@taleo.net"),
      "Suite donnée à votre candidature – Réf. AFN-0317",
      """
Monsieur,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de planificateur de maintenance au sein des Ateliers Ferroviaires du Neudorf.

Nous sommes au regret de vous informer que le processus de recrutement pour ce poste a été interrompu, la direction ayant décidé de réorganiser le service. Nous ne donnerons donc pas suite à votre candidature.

Nous vous souhaitons plein succès dans vos recherches.

Le service Recrutement
Ateliers Ferroviaires du Neudorf

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
      company="Ateliers Ferroviaires du Neudorf", tz="+0000", parent="af_cancel"),

    m("amp_rej", R, "fr", "2026-06-04 09:48",
      ("Nathalie Kieffer", "n.kieffer@amp-alsace.example.fr"),
      "Votre candidature au poste de préparateur méthodes",
      """
Bonjour Monsieur,

Nous avons bien étudié votre candidature au poste de préparateur méthodes et vous en remercions.

Malheureusement, nous ne pouvons pas y donner une suite favorable : nous recherchons pour ce poste une personne maîtrisant parfaitement le français technique et la cotation ISO, et nous avons retenu des candidats dont le parcours correspond davantage à nos besoins actuels.

Nous vous souhaitons pleine réussite dans votre projet professionnel.

Nathalie Kieffer
Chargée de recrutement
Alsace Mécanique de Précision
3 rue de l'Industrie, 67400 Illkirch-Graffenstaden
""",
      company="Alsace Mécanique de Précision", contact="n.kieffer@amp-alsace.example.fr",
      fmt="html", parent="amp_ack"),

    m("cvr_rej", R, "fr", "2026-07-02 18:22",
      ("Hélène Marchal", "h.marchal@vosges-recrutement.example.fr"),
      "Forges de Molsheim – retour de notre client",
      """
Bonsoir Matthias,

Je reviens vers vous après l'entretien que vous avez eu avec le directeur industriel des Forges de Molsheim.

Notre client a apprécié votre parcours, mais il a finalement décidé de poursuivre avec un candidat déjà basé en Alsace et disponible immédiatement. Votre candidature ne sera donc pas retenue pour ce poste.

Je suis désolée de ne pas avoir de meilleure nouvelle. Je garde votre dossier et vous recontacterai si une mission pouvait vous convenir.

Bien à vous,
Hélène Marchal
Consultante senior – Industrie
Cabinet Vosges Recrutement · 8 place Kléber · 67000 Strasbourg
""",
      company="Forges de Molsheim", contact="h.marchal@vosges-recrutement.example.fr",
      parent="cvr_inv"),

    m("ir_rej", R, "fr", "2026-07-29 10:05",
      ("Illkirch Robotique", "noreply@workablemail.com"),
      "Illkirch Robotique – votre candidature Ingénieur industrialisation",
      """
Bonjour Matthias,

Merci d'avoir postulé chez Illkirch Robotique.

Nous souhaitons vous informer que le poste d'Ingénieur industrialisation a été pourvu en interne. Nous clôturons donc le recrutement et ne pourrons pas donner suite à votre candidature.

Nous vous remercions pour votre intérêt et vous souhaitons le meilleur pour la suite.

L'équipe Talents d'Illkirch Robotique
""",
      company="Illkirch Robotique", tz="+0000", fmt="alt", parent="ir_ack"),

    # ------------------------------------------------------------------ Spanish
    m("nv_rej", R, "es", "2026-04-16 13:37",
      ("Ane Etxeberria", "ane.etxeberria@nervion-mecanizados.example.es"),
      "RE: Gracias por la entrevista",
      """
Hola Matthias:

Muchas gracias por tu mensaje y por el tiempo que dedicaste a conocernos.

Lamentablemente, te escribo para comunicarte que hemos decidido continuar el proceso con otra persona cuyo perfil encaja mejor con lo que necesitamos en este momento, sobre todo por la experiencia en planificación con Navision y el nivel de euskera para el trato con proveedores locales.

Ha sido un placer conocerte y te deseamos mucha suerte en tu búsqueda.

Un saludo,
Ane Etxeberria
Técnica de Selección
Nervión Mecanizados S.L. · Polígono Ugaldeguren II, 48170 Zamudio (Bizkaia)
""" + "\n" + DISCLAIMER_ES,
      company="Nervión Mecanizados", contact="ane.etxeberria@nervion-mecanizados.example.es",
      parent="nv_thanks", quote=True),

    m("td_rej", R, "es", "2026-06-23 12:10",
      ("Talleres Deusto Automoción", "noreply@smartrecruiters.com"),
      "Actualización sobre tu candidatura – Planificador/a de Producción",
      """
Hola Matthias:

Te escribimos en relación con tu candidatura para el puesto de Planificador/a de Producción en nuestra planta de Bilbao.

Debido a un cambio en las previsiones de volumen de uno de nuestros clientes, hemos suspendido el proceso de selección para esta posición. Por ese motivo no continuaremos con tu candidatura.

Agradecemos sinceramente tu interés y el tiempo dedicado.

Saludos cordiales,
Equipo de Personas – Talleres Deusto Automoción
""",
      company="Talleres Deusto Automoción", tz="+0000", fmt="html"),

    m("ct_rej", R, "es", "2026-06-05 19:40",
      ("Lucía Ortega", "lucia.ortega@cantabrico-talento.example.es"),
      "Proceso Jefe/a de Planificación – respuesta del cliente",
      """
Buenas tardes, Matthias:

Te escribo con la respuesta de mi cliente tras la segunda entrevista. Finalmente han optado por otro candidato que ya trabajaba en su sector, así que no vamos a seguir adelante con tu candidatura en este proceso.

Siento mucho no traerte mejores noticias. Me quedo con tu CV y te llamaré si surge algo que encaje contigo en Bizkaia o Cantabria.

Un abrazo,
Lucía Ortega
Consultora de Selección
Cantábrico Talento · Gran Vía 45, 48011 Bilbao · 944 555 318
""",
      company="Cantábrico Talento", contact="lucia.ortega@cantabrico-talento.example.es",
      parent="ct_missed"),

    m("fa_rej", R, "es", "2026-07-21 09:00",
      ("Forjas Arrigorriaga – RRHH", "rrhh-noreply@forjas-arrigorriaga.example.es"),
      "Su candidatura en Forjas Arrigorriaga",
      """
Estimado Sr. Grünwald:

Le agradecemos el interés mostrado en formar parte de nuestro equipo como Técnico de Métodos y Tiempos.

Tras analizar detenidamente su perfil, lamentamos comunicarle que no ha sido seleccionado para pasar a la siguiente fase del proceso.

Conservaremos sus datos durante doce meses por si surgiera una vacante acorde a su perfil.

Atentamente,
Departamento de Recursos Humanos
Forjas Arrigorriaga S.A.
""",
      company="Forjas Arrigorriaga", fmt="html", cs="iso-8859-1"),

    m("rc_rej", R, "es", "2026-08-25 16:16",
      ("Ría Componentes", "noreply@recruitee.com"),
      "Tu candidatura en Ría Componentes",
      """
Hola Matthias,

Gracias por tu interés en el puesto de Ingeniero/a de Procesos en Ría Componentes.

Queríamos avisarte de que la posición ya ha sido cubierta, por lo que cerramos el proceso y no podremos avanzar con tu candidatura.

¡Te deseamos mucho éxito!

El equipo de Ría Componentes
""",
      company="Ría Componentes", tz="+0000", parent="rc_ack"),
]
