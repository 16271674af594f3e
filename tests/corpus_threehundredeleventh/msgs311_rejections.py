"""Every kind of "no" to her application, 31 messages."""

from __future__ import annotations

from msgs311_common import Spec, mail

K = "rejection"

MESSAGES: list[Spec] = [
    mail("mw_rej", K, "de", "2026-03-05 14:02 +0100",
         "Mahrwald Automotive <mahrwald@myworkday.com>",
         "Ihre Bewerbung als Trainerin Technische Weiterbildung (R-10482)",
         """
Sehr geehrte Frau Freitag,

vielen Dank für Ihre Geduld in den vergangenen Wochen. Wie Ihnen Herr Lindner bereits mitgeteilt hatte, musste das Assessment-Center für die Position Trainerin Technische Weiterbildung (R-10482) verschoben werden.

Inzwischen hat die Geschäftsleitung entschieden, die Besetzung dieser Stelle aufgrund der aktuellen Auftragslage bis auf Weiteres auszusetzen. Das Auswahlverfahren wird daher beendet, und wir können Ihre Bewerbung nicht weiter berücksichtigen.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und würden uns freuen, wenn Sie unsere Stellenangebote weiterhin verfolgen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mahrwald Automotive GmbH

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""", company="Mahrwald Automotive", fmt="alt", cte="quoted-printable", brand="MAHRWALD",
         color="#333333"),

    mail("vhs_rej", K, "de", "2026-03-27 11:40 +0100",
         "Dr. Ulrike Sommerfeld <u.sommerfeld@vhs-erfurt.example.de>",
         "Ihre Bewerbung als Kursleiterin Digitale Grundbildung",
         """
Sehr geehrte Frau Freitag,

noch einmal herzlichen Dank für Ihre Probestunde am 19. März. Ihr Einstieg mit der Methodenkarte und Ihre ruhige Art sind bei der Kommission sehr gut angekommen.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns jedoch für eine Bewerberin entschieden, die bereits mehrere Jahre in der Erwachsenenbildung unterrichtet hat. Ich muss Ihnen daher leider eine Absage erteilen.

Wenn Sie einverstanden sind, würden wir Ihre Unterlagen gern für künftige Honorarkurse vormerken. Geben Sie mir dazu einfach kurz Bescheid.

Ich wünsche Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Dr. Ulrike Sommerfeld
Fachbereichsleiterin Beruf und Karriere
Volkshochschule Erfurt
Am Lernpfad 7, 99084 Erfurt
Tel. 0361 555 2140
""", company="Volkshochschule Erfurt", contact="u.sommerfeld@vhs-erfurt.example.de",
         parent="vhs_resch", quote="outlook_de", charset="iso-8859-1", cte="8bit"),

    mail("mb_rej", K, "de", "2026-07-20 09:05 +0200",
         "Muldental Bank Akademie via softgarden <noreply@softgarden.io>",
         "Ihre Bewerbung: Referentin Digitale Lernformate (m/w/d)",
         """
Sehr geehrte Frau Freitag,

vielen Dank für das Telefonat am 10. Juli, das wir nach dem ausgefallenen ersten Termin nachholen konnten, und für Ihr Interesse an unserer Akademie.

Nach sorgfältiger Abwägung haben wir uns entschieden, das Verfahren mit Kandidatinnen und Kandidaten fortzusetzen, die bereits Erfahrung in der Qualifizierung im Bankenumfeld mitbringen. Wir können Ihnen die Stelle daher leider nicht anbieten.

Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.

Freundliche Grüße
Tobias Renner
Leiter Bildungsprogramme
Muldental Bank Akademie
""", company="Muldental Bank Akademie", contact="tobias.renner@muldentalbank.example.de",
         reply_to="Tobias Renner <tobias.renner@muldentalbank.example.de>", fmt="html",
         cte="base64", brand="Muldental Bank Akademie", color="#b3001b"),

    mail("kbn_rej", K, "de", "2026-05-12 15:30 +0200",
         "Anke Richter <anke.richter@bildungsnetz-dresden.example.de>",
         "Ihre Bewerbung – Medienpädagogische Fachkraft (Stellen-Nr. 12/2026)",
         """
Sehr geehrte Frau Freitag,

vielen Dank für Ihre Bewerbung um die Stelle als medienpädagogische Fachkraft im Kommunalen Bildungsnetz Dresden.

Wir müssen Ihnen leider mitteilen, dass die Stelle inzwischen intern besetzt werden konnte. Das Auswahlverfahren ist damit abgeschlossen. Das förmliche Schreiben finden Sie im Anhang; Ihre Unterlagen werden nach Ablauf der gesetzlichen Fristen datenschutzgerecht gelöscht.

Mit freundlichen Grüßen
im Auftrag
Anke Richter
Sachgebiet Personal
Kommunales Bildungsnetz Dresden
Freiberger Platz 2, 01067 Dresden
Tel. 0351 555 8023

Hinweis: Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie die E-Mail. Eine rechtsverbindliche Kommunikation per E-Mail ist nur nach Maßgabe der gesetzlichen Vorschriften möglich.
""", company="Kommunales Bildungsnetz Dresden",
         contact="anke.richter@bildungsnetz-dresden.example.de", cte="quoted-printable",
         attach=[("Mitteilung_Stellen-Nr_12-2026.pdf",
                  ["Kommunales Bildungsnetz Dresden - Sachgebiet Personal",
                   "Frau Johanna Freitag, Leipzig",
                   "Dresden, 12.05.2026",
                   "Ihre Bewerbung um die Stelle Nr. 12/2026",
                   "Sehr geehrte Frau Freitag,",
                   "die Stelle wurde intern besetzt. Wir danken Ihnen für Ihr Interesse.",
                   "Mit freundlichen Grüßen, im Auftrag A. Richter"])]),

    mail("br_rej_elster", K, "de", "2026-04-23 17:48 +0200",
         "Jens Brückner <jb@brueckner-personal.example.de>",
         "Rückmeldung Elster Logistik",
         """
Hallo Frau Freitag,

ich habe heute endlich Rückmeldung von Elster Logistik zur Stelle "Trainerin Lager & Logistik" bekommen – leider keine gute: Man hat sich für eine Kandidatin entschieden, die bereits SAP-EWM-Schulungen gegeben hat. Ihr Gespräch mit Herrn Bauer sei sehr angenehm gewesen, aber das Fachliche habe am Ende den Ausschlag gegeben.

Das tut mir leid, ich hatte mir wirklich Chancen für Sie ausgerechnet. Ich habe aber gerade zwei neue Mandate im Bildungsbereich auf dem Tisch und melde mich nächste Woche dazu.

Herzliche Grüße
Jens Brückner
Brückner Personalberatung
Mobil 0172 555 4812
""", company="Elster Logistik", contact="jb@brueckner-personal.example.de", cte="8bit"),

    mail("fx_rej", K, "de", "2026-08-11 10:20 +0200",
         "Sandra Kühn | Flexa Zeitarbeit <s.kuehn@flexa-zeitarbeit.example.de>",
         "Rückmeldung Kunde – Schulungsreferentin",
         """
Hallo Frau Freitag,

ich habe inzwischen die Rückmeldung unseres Kunden aus Schkeuditz: Nachdem das Gespräch Anfang August doch noch stattfinden konnte, hat sich der Kunde leider für einen anderen Bewerber entschieden, der schon mit dem Lagerverwaltungssystem gearbeitet hat.

Ich bleibe für Sie dran und melde mich, sobald ein passender Einsatz reinkommt.

Viele Grüße
Sandra Kühn
Flexa Zeitarbeit – Niederlassung Leipzig
""", company="Flexa Zeitarbeit", contact="s.kuehn@flexa-zeitarbeit.example.de",
         parent="fx_missed", cte="quoted-printable"),

    mail("kalt_rej", K, "de", "2026-06-30 08:55 +0200",
         "Mag. Elisabeth Kaltenegger <e.kaltenegger@kaltenegger-seminare.example.at>",
         "Ihre Bewerbung – Trainerin & Konzepterin Führungskräfteentwicklung",
         """
Sehr geehrte Frau Freitag,

herzlichen Dank für das angenehme Gespräch am 12. Juni und für die Zeit, die Sie sich für uns genommen haben.

Wir haben nun alle Gespräche abgeschlossen und uns für eine Bewerberin entschieden, deren Erfahrung in der Führungskräfteentwicklung unseren Anforderungen noch näher kommt. Diese Entscheidung ist uns bei der Qualität der Bewerbungen nicht leichtgefallen.

Ihr Ansatz, „Lernen in kleinen Häppchen“ in den Arbeitsalltag zu holen, hat uns gut gefallen – wir wünschen Ihnen, dass Sie ihn bald in einem passenden Umfeld umsetzen können. Herr Brückner ist ebenfalls informiert.

Mit freundlichen Grüßen aus Salzburg
Elisabeth Kaltenegger
Geschäftsführung
Kaltenegger Seminare GmbH
Linzer Gasse 22, 5020 Salzburg
""", company="Kaltenegger Seminare", contact="e.kaltenegger@kaltenegger-seminare.example.at",
         charset="windows-1252", cte="8bit"),

    mail("tgk_rej", K, "de", "2026-04-02 07:30 +0200",
         "Thüringer Gesundheitskasse <bewerbung-noreply@tgk.example.de>",
         "Ihre Bewerbung als Trainerin für Kundenservice (m/w/d)",
         """
Sehr geehrte Frau Freitag,

nochmals vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Haus.

Nach eingehender Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Abwertung Ihrer Qualifikation; wir hatten lediglich Bewerbungen, die dem Anforderungsprofil noch besser entsprachen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüße
Ihre Thüringer Gesundheitskasse
Personalgewinnung
""", company="Thüringer Gesundheitskasse", fmt="alt", cte="quoted-printable",
         brand="Thüringer Gesundheitskasse", color="#00549f"),

    mail("zw_rej", K, "de", "2026-09-15 13:12 +0200",
         "Franziska Lehmann <franziska.lehmann@zeilenwerk.example.de>",
         "Stelle Learning Content Manager – Verfahren beendet",
         """
Liebe Frau Freitag,

ich muss Ihnen leider eine enttäuschende Nachricht überbringen: Wir haben intern beschlossen, die Stelle "Learning Content Manager" in diesem Jahr nicht zu besetzen. Das Budget für das Academy-Projekt wurde gestrichen, und wir werden das Auswahlverfahren daher nicht fortsetzen.

Das hat nichts mit Ihrer Bewerbung zu tun, die uns wirklich gut gefallen hat. Sollte die Stelle im nächsten Jahr neu ausgeschrieben werden, würde ich mich freuen, wenn Sie sich wieder bewerben.

Beste Grüße aus Dresden
Franziska Lehmann
People Partner
Zeilenwerk Systems GmbH
Königsbrücker Str. 96, 01099 Dresden
""", company="Zeilenwerk Systems", contact="franziska.lehmann@zeilenwerk.example.de",
         fmt="alt", cte="base64", html_cte="quoted-printable"),

    mail("lpa_rej", K, "de", "2026-10-06 16:22 +0200",
         "Jörg Petzold <j.petzold@lernpfad-akademie.example.de>",
         "AW: Nachfrage zum Stand meiner Bewerbung",
         """
Liebe Frau Freitag,

entschuldigen Sie bitte die späte Antwort – die Gespräche haben sich länger hingezogen als geplant.

Wir haben uns nach den zweiten Gesprächen für eine andere Kandidatin entschieden. Ihre Präsentation zum Thema Microlearning war stark, aber für diese Rolle brauchen wir jemanden mit mehr Erfahrung in der Projektleitung mit Firmenkunden.

Ich danke Ihnen herzlich für Ihre Zeit und wünsche Ihnen alles Gute für den Start in die Erwachsenenbildung.

Viele Grüße
Jörg Petzold
Geschäftsführer
Lernpfad Akademie Dresden
""", company="Lernpfad Akademie Dresden", contact="j.petzold@lernpfad-akademie.example.de",
         parent="lpa_own", quote="de", cte="8bit"),

    mail("vat_rej", K, "de", "2026-02-26 16:45 +0100",
         "Vogtland Antriebstechnik Karriere <vogtland-antriebstechnik@icims.com>",
         "Ihre Bewerbung bei Vogtland Antriebstechnik (Job-ID 2026-1187)",
         """
Sehr geehrte Frau Freitag,

vielen Dank für Ihr Interesse an der Position Technische Trainerin Fertigung.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass Sie nicht in die engere Auswahl gekommen sind. Für diese Stelle suchen wir Bewerberinnen und Bewerber mit einer abgeschlossenen technischen Berufsausbildung und Praxiserfahrung in der Zerspanung.

Wir wünschen Ihnen für Ihre weitere Stellensuche viel Erfolg.

Mit freundlichen Grüßen
Vogtland Antriebstechnik – Personalabteilung
""", company="Vogtland Antriebstechnik", cte="quoted-printable"),

    mail("zbw_rej", K, "de", "2026-10-06 10:00 +0200",
         "Zweckverband Bildung Westsachsen <personalamt@zbw-westsachsen.example.de>",
         "Auswahlentscheidung zur Kennziffer 26/117 Bildungsreferent/in für Medienbildung",
         """
Sehr geehrte Frau Freitag,

wir beziehen uns auf Ihre Bewerbung vom 14.08.2026 um die Stelle einer Bildungsreferentin / eines Bildungsreferenten für Medienbildung (Kennziffer 26/117).

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Wahl nicht auf Sie gefallen ist. Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Kerstin Wolf
Personalamt
""", company="Zweckverband Bildung Westsachsen",
         contact="kerstin.wolf@zbw-westsachsen.example.de",
         reply_to="Kerstin Wolf <kerstin.wolf@zbw-westsachsen.example.de>",
         charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q")),

    mail("lwe_rej", K, "de", "2026-05-28 18:03 +0200",
         "Lernwelt Erfurt <no-reply@lernwelt-erfurt.example.de>",
         "Deine Bewerbung bei Lernwelt Erfurt",
         """
Hallo Johanna,

vielen Dank, dass du dich als E-Learning-Autorin bei uns beworben hast!

Leider haben wir keine guten Nachrichten für dich: Wir haben uns für andere Bewerber:innen entschieden, deren Profil besser zu den aktuellen Anforderungen passt. Das war bei so vielen spannenden Bewerbungen keine leichte Entscheidung.

Wir drücken dir die Daumen für deine weitere Suche!

Dein Team der Lernwelt Erfurt
""", company="Lernwelt Erfurt", fmt="html", cte="base64", brand="Lernwelt Erfurt",
         color="#7b2cbf"),

    mail("pba_rej", K, "de", "2026-08-25 12:30 +0200",
         "Nicole Engert <nicole.engert@pleissenbank.example.de>",
         "Ihre Bewerbung als Trainerin E-Learning – Pleißenbank Akademie",
         """
Sehr geehrte Frau Freitag,

vielen Dank für Ihre Bewerbung bei der Pleißenbank Akademie.

Wir möchten Sie darüber informieren, dass die Stelle zwischenzeitlich mit einer Kollegin aus unserem eigenen Haus besetzt werden konnte. Das Bewerbungsverfahren ist damit beendet, und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Nicole Engert
Personalentwicklung
Pleißenbank Akademie, Altenburg

Pleißenbank eG · Sitz Altenburg · Vorstand: M. Görner, S. Trautmann
""", company="Pleißenbank Akademie", contact="nicole.engert@pleissenbank.example.de",
         name_enc=("utf-8", "b"), subj_enc=("utf-8", "b"), cte="quoted-printable"),

    mail("kp_rej_hartwig", K, "de", "2026-09-22 16:10 +0200",
         "Yvonne Seifert <y.seifert@kontor-personal.example.de>",
         "WG: Feedback Hartwig Medizintechnik zu Frau Freitag",
         """
Hallo Frau Freitag,

anbei leite ich Ihnen die Rückmeldung von Hartwig Medizintechnik weiter. Leider hat es diesmal nicht geklappt – man hat sich nach den Gesprächen für eine Kandidatin mit Erfahrung in regulatorischen Schulungen entschieden.

Das Feedback zu Ihnen ist aber sehr positiv, wie Sie sehen. Lassen Sie uns gern diese Woche telefonieren, ich hätte da noch eine andere Idee.

Viele Grüße
Yvonne Seifert
Senior Consultant
Kontor Personal – Personalberatung für Bildung & Gesundheit
Barfußgäßchen 6, 04109 Leipzig
Tel. 0341 555 3390
""", company="Hartwig Medizintechnik", contact="y.seifert@kontor-personal.example.de",
         fwd={"frm": "Dr. Bernd Hartwig <b.hartwig@hartwig-medtech.example.de>",
              "to": "Yvonne Seifert <y.seifert@kontor-personal.example.de>",
              "date": "2026-09-22 11:02 +0200",
              "subject": "Feedback Kandidatin Freitag – Trainerin Anwenderschulung",
              "body": """
Liebe Frau Seifert,

vielen Dank für die Vorstellung von Frau Freitag. Sie hat im Gespräch einen sehr sympathischen und strukturierten Eindruck gemacht, ihre didaktischen Ideen fanden wir ausgezeichnet.

Wir haben uns dennoch für eine Kandidatin entschieden, die bereits Schulungen nach Medizinprodukterecht durchgeführt hat – das ist für uns in diesem Jahr wegen der anstehenden Audits entscheidend. Bitte richten Sie Frau Freitag unseren Dank und unsere besten Wünsche aus.

Beste Grüße
Bernd Hartwig
""", "mid": "<feedback-7781@hartwig-medtech.example.de>"}),

    mail("qw_rej", K, "en", "2026-03-12 10:14 +0100",
         "Lena Hoffmann <lena.hoffmann@quellwerk.example.de>",
         "Re: Thank you – Learning Experience Designer interview",
         """
Hi Johanna,

Thank you for your kind note, and again for the time you spent with Malte and the team – both in the first interview and in the case session last week.

I'm sorry to tell you that we've decided to offer the role to another candidate whose background in SaaS customer education is a closer fit for what we need right now. It was a close call, and everyone appreciated your clear, learner-centred approach.

If it's okay with you, I'd like to keep your details on file for future Learning & Development roles. I wish you all the best with your transition.

Warm regards,
Lena
--
Lena Hoffmann | Talent Partner
Quellwerk Software GmbH | Torstraße 140 | 10119 Berlin
""", company="Quellwerk Software", contact="lena.hoffmann@quellwerk.example.de",
         parent="qw_thanks", quote="en", fmt="alt"),

    mail("bp_rej", K, "en", "2026-03-19 20:14 +0000",
         "Brightpath Learning <no-reply@hire.lever.co>",
         "Brightpath Learning – update on your application",
         """
Hi Johanna,

Thank you for your interest in the Instructional Designer (German market) position at Brightpath Learning and for the time you invested in your application.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the needs of this role at this time.

We appreciate your interest in Brightpath and encourage you to keep an eye on our careers page for future openings.

Best wishes,
Brightpath Learning Recruiting
""", company="Brightpath Learning", fmt="alt", brand="Brightpath Learning"),

    mail("tw_rej", K, "en", "2026-05-06 17:55 +0200",
         "Marco Frei from Tellwise <no-reply@ashbyhq.com>",
         "Your application for Learning & Enablement Specialist",
         """
Hi Johanna,

Thanks again for applying to Tellwise and for the short intro call last week.

I wanted to let you know that we have put the Learning & Enablement Specialist role on hold following a change in our hiring plan for this year. This means we will not proceed with any candidates for the position, including your application.

I'm sorry this isn't the news you were hoping for. If the role reopens, I'd be happy to reach out to you first.

All the best,
Marco Frei
Talent Acquisition, Tellwise
""", company="Tellwise", contact="marco.frei@tellwise.example.ch",
         reply_to="Marco Frei <marco.frei@tellwise.example.ch>", fmt="alt",
         cte="quoted-printable"),

    mail("cl_rej", K, "en", "2026-06-03 09:41 +0100",
         "Corvid Learning Labs <noreply@workablemail.com>",
         "Update regarding your application at Corvid Learning Labs",
         """
Dear Johanna,

Thank you for applying for the Learning Designer position at Corvid Learning Labs.

We received a large number of applications, and after reviewing yours we regret to inform you that you have not been shortlisted for the next stage of the process.

We wish you every success in your job search.

Kind regards,
The Corvid Learning Labs hiring team
""", company="Corvid Learning Labs", fmt="html", cte="quoted-printable",
         brand="Corvid Learning Labs", color="#111111"),

    mail("hr_rej_vantara", K, "en", "2026-07-14 15:05 +0100",
         "Priya Nair <priya.nair@hollisreed.example.co.uk>",
         "Vantara Systems – feedback after your interviews",
         """
Hi Johanna,

I hope you're well. I've now had feedback from Vantara Systems following your two interviews for the Enablement Content Designer role in Berlin.

Unfortunately they've decided not to move forward with your application. The panel liked your facilitation skills a lot, but they've chosen a candidate with hands-on experience of technical product training for developers.

I know this is disappointing after two rounds. Thank you for all the effort you put into the process. I'll keep you in mind for other learning roles with our clients in Germany.

Best wishes,
Priya Nair
Senior Consultant, Learning & Talent
Hollis & Reed Talent
+44 20 5550 1873
""", company="Vantara Systems", contact="priya.nair@hollisreed.example.co.uk",
         fmt="alt", cte="7bit"),

    mail("fh_rej", K, "en", "2026-05-05 11:11 -0600",
         "Fernhill Analytics <notifications@bamboohr.com>",
         "Your application for Training Content Developer",
         """
Dear Johanna,

Thank you for your interest in Fernhill Analytics and for taking the time to speak with our team.

We wanted to let you know that we have decided to close the requisition for Training Content Developer in Berlin, so we will not be proceeding with your application. We appreciate your patience throughout this process.

We wish you the very best in your search.

Sincerely,
Fernhill Analytics People Operations
""", company="Fernhill Analytics", cte="7bit"),

    mail("ar_rej", K, "fr", "2026-03-30 08:20 +0200",
         "Assurances Rhénanes - Recrutement <noreply@taleo.net>",
         "Votre candidature - Réf. 26-0412 Formatrice interne",
         """
Madame,

Nous vous remercions de l'intérêt que vous portez à Assurances Rhénanes et de votre candidature au poste de Formatrice interne - Académie commerciale.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous ne pouvons pas y donner une suite favorable. Nous avons en effet retenu des profils disposant d'une expérience plus proche de nos besoins.

Nous conservons toutefois vos coordonnées dans notre base de données et ne manquerons pas de vous contacter si un poste correspondant à votre profil venait à se libérer.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
""", company="Assurances Rhénanes", fmt="alt", charset="iso-8859-1",
         cte="quoted-printable", subj_enc=("iso-8859-1", "q")),

    mail("ti_rej", K, "fr", "2026-04-14 15:34 +0200",
         "Claire Muller <claire.muller@tempora-interim.example.fr>",
         "Mission formatrice - retour du client",
         """
Bonjour Madame Freitag,

Merci d'avoir pu rencontrer notre client la semaine dernière, après le malentendu sur la date du premier rendez-vous.

Malheureusement, le client a finalement retenu un autre profil pour cette mission, une personne déjà formée à leur logiciel de gestion d'entrepôt.

Je garde votre dossier actif chez Tempora Intérim et je vous recontacte dès qu'une mission de formation se présente.

Cordialement,
Claire Muller
Chargée de recrutement
Tempora Intérim - Agence de Strasbourg
""", company="Tempora Intérim", contact="claire.muller@tempora-interim.example.fr",
         charset="iso-8859-1", cte="8bit"),

    mail("lc_rej_credit", K, "fr", "2026-07-02 10:48 +0200",
         "Hélène Lenoir <helene.lenoir@lenoir-conseil.example.fr>",
         "Poste de formatrice digitale - Académie Crédit Rhénan",
         """
Bonjour Johanna,

Je reviens vers vous concernant le poste de formatrice digitale au sein de l'Académie du Crédit Rhénan.

Mon client a pris sa décision : il a choisi de poursuivre avec une candidate qui maîtrise déjà les produits bancaires. Votre candidature n'a donc pas été retenue, et j'en suis sincèrement désolée, car votre parcours m'a beaucoup plu.

Je me permets de garder votre CV pour de prochaines missions dans le secteur de la formation.

Très cordialement,
Hélène Lenoir
Lenoir Conseil - Recrutement & Approche directe
8 place Kléber, 67000 Strasbourg
06 55 12 84 30
""", company="Crédit Rhénan", contact="helene.lenoir@lenoir-conseil.example.fr",
         name_enc=("iso-8859-1", "b"), fmt="alt", cte="quoted-printable"),

    mail("smf_rej", K, "fr", "2026-09-29 14:05 +0200",
         "Service RH - SMFA <rh@smfa-alsace.example.fr>",
         "Candidature au poste d'ingénieure pédagogique multimodale",
         """
Madame,

Vous avez fait acte de candidature au poste d'ingénieur(e) pédagogique multimodal(e) au sein du Syndicat mixte de formation d'Alsace, et nous vous en remercions.

Nous vous informons que ce poste a été pourvu en interne par voie de mobilité. Nous ne sommes donc pas en mesure de donner une suite favorable à votre candidature.

Nous vous souhaitons plein succès dans vos démarches.

Pour le Président et par délégation,
Marion Keller
Responsable des ressources humaines
""", company="Syndicat mixte de formation d'Alsace",
         contact="marion.keller@smfa-alsace.example.fr",
         reply_to="Marion Keller <marion.keller@smfa-alsace.example.fr>", fmt="html",
         charset="windows-1252", cte="quoted-printable"),

    mail("sk_rej", K, "fr", "2026-05-19 12:12 +0200",
         "Studio Kaléidoscope <no-reply@smartrecruiters.com>",
         "Suite à votre entretien chez Studio Kaléidoscope",
         """
Bonjour Johanna,

Nous vous remercions sincèrement pour le temps que vous nous avez consacré lors de votre entretien pour le poste de Chargée de projets e-learning.

Après réflexion, nous avons décidé de ne pas poursuivre avec votre candidature. Nous avons choisi un profil ayant déjà piloté des projets e-learning pour de grands comptes.

Nous vous souhaitons une excellente continuation.

L'équipe Talents - Studio Kaléidoscope
""", company="Studio Kaléidoscope", fmt="alt", cte="base64", name_enc=("utf-8", "q"),
         brand="Studio Kaléidoscope"),

    mail("fg_rej", K, "es", "2026-10-14 12:47 +0200",
         "Beatriz Salas <beatriz.salas@formacionguadalquivir.example.es>",
         "Proceso de selección – Coordinadora de formación e-learning",
         """
Hola, Johanna:

Muchas gracias por participar en las dos entrevistas del proceso para la coordinación de formación e-learning y por la propuesta de curso que nos presentaste.

Después de valorar todas las candidaturas, hemos decidido seguir adelante con otra persona cuyo perfil se ajusta más a lo que necesitamos en este momento, sobre todo por su experiencia con fondos de formación para el empleo.

Ha sido un placer conocerte. Te deseamos mucha suerte en esta nueva etapa profesional.

Un saludo cordial,
Beatriz Salas
Directora de Recursos Humanos
Formación Guadalquivir
Avda. de la Buhaira 15, 41018 Sevilla
""", company="Formación Guadalquivir",
         contact="beatriz.salas@formacionguadalquivir.example.es", fmt="alt",
         cte="quoted-printable"),

    mail("sg_rej", K, "es", "2026-07-15 08:03 +0000",
         "Seguros Giralda <segurosgiralda@myworkday.com>",
         "Actualización sobre tu candidatura JR-3306",
         """
Estimada Johanna Freitag:

Te agradecemos el interés mostrado en la posición Formador/a de red comercial (JR-3306) y el tiempo dedicado al proceso de selección.

Tras analizar detenidamente todas las candidaturas, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto.

Conservaremos tus datos para futuras oportunidades, salvo que nos indiques lo contrario.

Atentamente,
Seguros Giralda – Talento y Cultura
""", company="Seguros Giralda", fmt="html", cte="quoted-printable",
         brand="Seguros Giralda", color="#0b3d91"),

    mail("ts_rej", K, "es", "2026-03-10 17:15 +0100",
         "Rocío Márquez <rocio.marquez@talentosur.example.es>",
         "Puesto de formadora – respuesta del cliente",
         """
Hola Johanna,

Te escribo para contarte que nuestro cliente del sector hotelero, con el que hiciste la entrevista la semana pasada, ha decidido no seguir adelante con tu candidatura. Buscaban a alguien con un nivel de inglés y alemán similar al tuyo, pero con experiencia previa en hostelería.

Lo siento mucho. Sigo teniendo tu CV en Talento Sur y te aviso en cuanto salga otra oportunidad de formación.

Saludos,
Rocío Márquez
Consultora de selección
Talento Sur, empresa de trabajo temporal
""", company="Talento Sur", contact="rocio.marquez@talentosur.example.es",
         charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "q")),

    mail("aa_rej", K, "es", "2026-06-29 13:00 +0200",
         "Pilar Castaño <pilar.castano@aacd.example.es>",
         "Suspensión del proceso de selección – Ref. 14/2026",
         """
Estimada Sra. Freitag:

Le informamos de que, por una modificación presupuestaria aprobada por la Dirección de la Agencia, el proceso de selección para la plaza de Técnica de formación online (Ref. 14/2026) queda suspendido sin fecha de reanudación.

En consecuencia, el procedimiento se da por concluido y no continuaremos con su candidatura. Si la plaza se convocara de nuevo, se publicará una nueva convocatoria en nuestra sede electrónica.

Le agradecemos sinceramente su participación en la prueba práctica del 4 de junio.

Atentamente,
Pilar Castaño
Técnica de selección
Agencia Andaluza de Competencias Digitales
""", company="Agencia Andaluza de Competencias Digitales",
         contact="pilar.castano@aacd.example.es", parent="aa_thanks", quote="es",
         cte="8bit"),

    mail("ct_rej", K, "es", "2026-09-28 18:20 +0200",
         "Lola Jiménez <lola.jimenez@campustriana.example.es>",
         "Tu candidatura en Campus Triana Online",
         """
Hola, Johanna:

Gracias por tu paciencia durante estas semanas. Te escribimos para comunicarte que la vacante de Tutora y diseñadora de cursos online ha sido cancelada, ya que finalmente no vamos a lanzar el nuevo programa de formación este curso.

Por este motivo, no seguiremos adelante con el proceso ni con tu candidatura. Sentimos mucho las molestias.

Un abrazo,
Lola Jiménez
Coordinación de personas
Campus Triana Online
""", company="Campus Triana Online", contact="lola.jimenez@campustriana.example.es",
         fmt="alt", cte="base64"),
]
