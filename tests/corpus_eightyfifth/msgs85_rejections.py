"""Corpus 85 data: rejections (hand-written).

Imported only by make_eightyfifth.py; each entry is one message with its labels.
"""

from make_eightyfifth import Msg as M

MESSAGES = [
    # ------------------------------------------------------------------ rejections (de)
    M("rejection", "personio_absage_mittelstand", "de", "Brenner Antriebstechnik", "",
      '"Brenner Antriebstechnik GmbH" <noreply@brenner-antriebstechnik.jobs.personio.de>',
      "Ihre Bewerbung als Strategischer Einkäufer (m/w/d)",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihr Interesse an Brenner Antriebstechnik und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch genauer zu den Anforderungen der Stelle passt.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation. Gerne bewahren wir Ihre Unterlagen mit Ihrem Einverständnis für 6 Monate in unserem Talentpool auf.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brenner Antriebstechnik GmbH
Industriestraße 14 | 73430 Aalen
Geschäftsführer: Karl-Heinz Brenner, Dr. Petra Brenner | HRB 71234 Amtsgericht Ulm

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", "2026-01-19 16:02 +0100", fmt="alt"),

    M("rejection", "iphone_terse_after_interview", "de", "Kaltenbach Logistik",
      "markus.leitner@kaltenbach-logistik.example.de",
      "Markus Leitner <markus.leitner@kaltenbach-logistik.example.de>",
      "AW: Gespräch Dienstag",
      """Hallo Jonas,

kurz und ehrlich: wir haben uns für einen anderen Kandidaten entschieden, der schon Erfahrung mit unserem WMS hat. War trotzdem ein gutes Gespräch, danke dir für die Zeit!

VG Markus

Von meinem iPhone gesendet""", "2026-02-05 19:44 +0100", cte="8bit",
      quote=("de", "Am 03.02.2026 um 18:10 schrieb Jonas Okonkwo-Brandt <jonas.ob@example.de>:",
             "Hallo Markus,\nvielen Dank nochmal für das nette Gespräch heute. Ich freu mich von dir zu hören.\nViele Grüße\nJonas"),
      thread="<jonas.20260203.1810@example.de>"),

    M("rejection", "stadtwerke_formal_latin1", "de", "Stadtwerke Lechfeld",
      "s.grasegger@stadtwerke-lechfeld.example.de",
      "Sabine Grasegger <s.grasegger@stadtwerke-lechfeld.example.de>",
      "Ihre Bewerbung - Kennziffer 04/2026 Sachbearbeitung Beschaffung",
      """Sehr geehrter Herr Okonkwo-Brandt,

wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit bei den Stadtwerken Lechfeld.

Nach Abschluss des Auswahlverfahrens bedauern wir, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Die Entscheidung ist uns aufgrund der Vielzahl qualifizierter Bewerbungen nicht leicht gefallen.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf von sechs Monaten gelöscht.

Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Sabine Grasegger
Personalabteilung
Stadtwerke Lechfeld
Am Gaswerk 3, 86836 Lechfeld
Tel. 08232 9911-214
""", "2026-03-11 10:20 +0100", charset="iso-8859-1", cte="quoted-printable"),

    M("rejection", "spital_stelle_intern_besetzt_ch", "de", "Spital Aarewald", "",
      '"Spital Aarewald" <jobs-noreply@spital-aarewald.example.ch>',
      "Ihre Bewerbung: Leiter/in Materialwirtschaft 80-100%",
      """Guten Tag Herr Okonkwo-Brandt

Besten Dank für Ihre Bewerbung und das Interesse am Spital Aarewald.

Wir müssen Ihnen leider mitteilen, dass die ausgeschriebene Stelle in der Zwischenzeit intern besetzt werden konnte. Ihr Bewerbungsdossier werden wir deshalb nicht weiter berücksichtigen und gemäss unseren Datenschutzrichtlinien löschen.

Wir danken Ihnen für Ihr Verständnis und wünschen Ihnen für die Stellensuche viel Erfolg.

Freundliche Grüsse

Spital Aarewald
Human Resources
Spitalstrasse 40, 5000 Aarau
""", "2026-03-24 08:05 +0100"),

    M("rejection", "at_position_eingefroren_du", "de", "Alpenlog Spedition",
      "f.hinterberger@alpenlog.example.at",
      "Florian Hinterberger <f.hinterberger@alpenlog.example.at>",
      "Update",
      """Servus Jonas,

leider keine guten Nachrichten: die S&OP Stelle wurde von der Konzernmutter budgetbedingt eingefroren, wir werden den Prozess daher nicht weiterführen. Ich hätte dich gerne im Team gehabt, ehrlich.

Falls sich im Herbst was tut, meld ich mich nochmal, versprochen.

LG aus Linz
Florian

--
Florian Hinterberger
Head of Supply Chain
Alpenlog Spedition GmbH | Hafenstraße 19 | 4020 Linz
M +43 664 312 88 41
""", "2026-04-14 17:31 +0200"),

    M("rejection", "successfactors_template_odd", "de", "Vellmar Automotive", "",
      '"Vellmar Automotive SE" <do_not_reply@successfactors.eu>',
      "Vellmar Automotive SE: Ihre Bewerbung / Req. 31877",
      """Sehr geehrte/r Jonas Okonkwo-Brandt ,

vielen Dank fuer Ihr Interesse an der Position Lean Manager Werk Dingolfing (w/m/d)  (Req. 31877) .

Wir haben Ihre Unterlagen sorgfaeltig geprueft. Leider muessen wir Ihnen mitteilen , dass wir Sie im weiteren Auswahlprozess nicht beruecksichtigen koennen.

Wir wuerden uns freuen , wenn Sie sich auch kuenftig ueber offene Positionen auf unserem Karriereportal informieren .

Mit freundlichen Gruessen

Ihr Talent Acquisition Team
Vellmar Automotive SE

*** Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht gelesen. ***
Vellmar Automotive SE, Sitz: München, Registergericht München HRB 20411, Vorsitzender des Aufsichtsrats: Dr. Ulrich Sander
""", "2026-02-17 02:14 +0100", fmt="html"),

    M("rejection", "personalberatung_mandant_absage", "de", "Gerstner Medizintechnik",
      "c.hollmann@hollmann-schuster.example.de",
      '"Dr. Christine Hollmann" <c.hollmann@hollmann-schuster.example.de>',
      "Position Leitung Operational Excellence – Rückmeldung unseres Mandanten",
      """Lieber Herr Okonkwo-Brandt,

vielen Dank noch einmal für das offene Gespräch bei uns in Stuttgart und für Ihre Geduld.

Unser Mandant, die Gerstner Medizintechnik in Tuttlingen, hat sich nach den Zweitgesprächen für eine Kandidatin entschieden, die bereits eine vergleichbare Werksleitung verantwortet hat. Ihr Profil wurde ausdrücklich geschätzt, vor allem Ihre Erfahrung mit der S&OP-Einführung, am Ende gab die Führungserfahrung den Ausschlag.

Ich würde gerne mit Ihnen in Kontakt bleiben und melde mich, sobald ich ein passendes Mandat habe.

Herzliche Grüße
Christine Hollmann

Hollmann Schuster & Partner
Königstraße 26 · 70173 Stuttgart
T +49 711 400 582 10
""", "2026-05-06 11:47 +0200", cte="quoted-printable"),

    M("rejection", "fallstudie_feedback_food", "de", "Bergmühle", "leonie.rast@bergmuehle.example.de",
      "Leonie Rast <leonie.rast@bergmuehle.example.de>",
      "Deine Fallstudie",
      """Hallo Jonas,

danke für die Fallstudie zur Bedarfsplanung, die du uns geschickt hast – man hat gesehen, dass da Arbeit drinsteckt.

Wir haben im Team lange diskutiert und uns am Ende entschieden, nicht mit dir in die nächste Runde zu gehen. Hauptpunkt: beim Saisonprofil für das Müsli-Sortiment hätten wir uns eine tiefere Analyse der Promotions gewünscht, und die Bestandsreichweite war für uns etwas zu optimistisch gerechnet.

Ich weiß, das ist nicht das, was du hören wolltest. Wenn du magst, können wir gern 15 Minuten telefonieren und ich erklär dir unsere Überlegungen genauer.

Viele Grüße
Leonie

Leonie Rast | Teamlead Demand Planning
Bergmühle GmbH & Co. KG – Cerealien seit 1921
""", "2026-04-28 14:03 +0200"),

    M("rejection", "softgarden_engere_auswahl", "de", "Feldhaus Getränke", "",
      '"Feldhaus Getränke via softgarden" <noreply@softgarden.io>',
      "Ihre Bewerbung als Demand Planner (m/w/d)",
      """Hallo Jonas Okonkwo-Brandt,

herzlichen Dank für Ihre Bewerbung als Demand Planner (m/w/d) bei Feldhaus Getränke.

Leider haben Sie es diesmal nicht in die engere Auswahl geschafft. Wir hatten sehr viele Bewerbungen und mussten eine Entscheidung treffen, die uns nicht leicht gefallen ist.

Wir würden uns freuen, wenn Sie weiterhin unsere Stellenangebote verfolgen: https://feldhaus-getraenke.softgarden.io/de/vacancies

Beste Grüße
Ihr Feldhaus Team

Sie erhalten diese E-Mail, weil Sie sich über softgarden beworben haben. Datenschutz: https://softgarden.io/privacy
""", "2026-01-28 09:15 +0100", fmt="html", cte="base64"),

    M("rejection", "startup_very_short_du", "de", "Kistenwerk", "tina@kistenwerk.example",
      "Tina Vogl <tina@kistenwerk.example>",
      "Ops Lead Rolle",
      """Hi Jonas,
wir gehen mit jemand anderem weiter, sorry! Dein Profil war echt stark, nur nicht ganz das was wir gerade brauchen (mehr Lager-Hands-on).
Viel Erfolg dir!
LG Tina""", "2026-02-26 21:12 +0100", cte="8bit"),

    M("rejection", "nachfrage_reply_chain", "de", "Hallbauer Pharma", "julia.moeck@hallbauer-pharma.example.de",
      "Julia Möck <julia.moeck@hallbauer-pharma.example.de>",
      "AW: Nachfrage zu meiner Bewerbung (Ref. HP-2026-031)",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihre Nachfrage und bitte entschuldigen Sie die lange Wartezeit.

Leider müssen wir Ihnen heute eine Absage erteilen. Das Auswahlverfahren für die Position „Supply Chain Manager Sterile Production“ ist abgeschlossen und wir haben uns für eine andere Person entschieden.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Julia Möck
Human Resources Business Partner

Hallbauer Pharma GmbH · Robert-Koch-Str. 8 · 79111 Freiburg
Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""",
      "2026-03-30 13:22 +0200",
      quote=("outlook", "Von: Jonas Okonkwo-Brandt <jonas.ob@example.de>\nGesendet: Montag, 23. März 2026 09:02\nAn: Julia Möck <julia.moeck@hallbauer-pharma.example.de>\nBetreff: Nachfrage zu meiner Bewerbung (Ref. HP-2026-031)",
             "Sehr geehrte Frau Möck,\n\nich habe mich am 12. Februar auf die Stelle als Supply Chain Manager beworben und wollte mich höflich nach dem Stand erkundigen.\n\nMit freundlichen Grüßen\nJonas Okonkwo-Brandt"),
      thread="<jonas.20260323.0902@example.de>"),

    M("rejection", "institut_stelle_nicht_nachbesetzt", "de", "Institut für Logistiksysteme",
      "verwaltung-personal@ils.example.org",
      "Personalverwaltung ILS <verwaltung-personal@ils.example.org>",
      "Ihre Bewerbung auf die Ausschreibung ILS-26-07",
      """Sehr geehrter Herr Okonkwo-Brandt,

für Ihre Bewerbung auf die Stelle als wissenschaftlicher Mitarbeiter (m/w/d) im Bereich Nachhaltige Beschaffung danken wir Ihnen.

Leider müssen wir Ihnen mitteilen, dass das Projekt, aus dem die Stelle finanziert werden sollte, nicht bewilligt wurde. Die Stelle wird daher nicht besetzt und das Verfahren ist beendet.

Ihre Unterlagen senden wir Ihnen nicht zurück; die elektronisch übermittelten Daten werden nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Im Auftrag
R. Steinkamp

Institut für Logistiksysteme
Emil-Figge-Str. 91, 44227 Dortmund
""", "2026-06-02 15:40 +0200"),

    M("rejection", "zeitarbeit_kunde_update_cp1252", "de", "Laubmann Kunststofftechnik",
      "dennis.kraft@brueckner-industrieservice.example.de",
      "Dennis Kraft <dennis.kraft@brueckner-industrieservice.example.de>",
      "Update zu Laubmann",
      """Hallo Herr Okonkwo-Brandt,

kurze Info von mir: der Kunde (Laubmann Kunststofftechnik in Fürth) hat sich leider für einen anderen Bewerber entschieden – der war schon mal als Disponent im Haus und daher schneller einsatzbereit.

Ich hab aber noch zwei andere Einsätze im Raum Nürnberg auf dem Tisch, die könnten passen. Hätten Sie diese Woche kurz Zeit für ein Telefonat?

Grüße
Dennis Kraft
Brückner Industrieservice GmbH – Niederlassung Nürnberg
Tel. 0911 23 45 67-12 | Mobil 0171 555 2301
""", "2026-05-19 10:02 +0200", charset="windows-1252", cte="quoted-printable"),

    M("rejection", "klinikum_dvinci_nach_gespraech", "de", "Klinikum Isartal", "",
      '"Klinikum Isartal - Bewerbermanagement" <bewerbung-noreply@klinikum-isartal.dvinci-easy.com>',
      "Absage: Ihre Bewerbung als Leitung Einkauf & Logistik",
      """Sehr geehrter Herr Okonkwo-Brandt,

wir bedanken uns nochmals für das angenehme Vorstellungsgespräch und Ihr Interesse an einer Mitarbeit im Klinikum Isartal.

Nach reiflicher Überlegung haben wir uns entschieden, die Position anderweitig zu besetzen. Wir bitten Sie, diese Entscheidung nicht als Wertung Ihrer Qualifikation zu verstehen.

Für Ihren weiteren beruflichen und privaten Lebensweg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Klinikum Isartal
Personalmanagement
Bitte antworten Sie nicht auf diese automatisch versendete E-Mail.
""", "2026-06-23 16:55 +0200", fmt="alt", cte="quoted-printable"),

    M("rejection", "rexx_bahn_disclaimer", "de", "Südbahn Infrastruktur", "",
      '"Südbahn Infrastruktur GmbH" <no-reply@suedbahn-infra.rexx-recruitment.com>',
      "Ihre Bewerbung - Referenz 2026/SBI/112",
      """Sehr geehrter Herr Okonkwo-Brandt,

haben Sie vielen Dank für Ihre Bewerbung als Referent Materialdisposition Instandhaltung (w/m/d).

Wir haben Ihre Unterlagen mit großem Interesse gelesen. Nach sorgfältiger Abwägung können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Mit freundlichen Grüßen
Südbahn Infrastruktur GmbH
Personalgewinnung

------------------------------------------------------------
Südbahn Infrastruktur GmbH, Sitz Stuttgart, Amtsgericht Stuttgart HRB 7741
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""", "2026-07-08 07:30 +0200"),

    # ------------------------------------------------------------------ rejections (en)
    M("rejection", "greenhouse_one_liner", "en", "Loopcart", "",
      '"Loopcart" <no-reply@us.greenhouse-mail.io>',
      "Your application to Loopcart",
      """Hi Jonas,

Thanks for your time, but we won't be moving forward with your application for Operations Manager, Fulfilment.

Best,
Loopcart Hiring Team""", "2026-01-13 23:01 +0100"),

    M("rejection", "lever_soft_reply_to", "en", "Northlane Freight", "priya.raman@northlane-freight.example.com",
      '"Priya Raman" <no-reply@hire.lever.co>',
      "Northlane Freight - Procurement Lead, EMEA",
      """Hi Jonas,

Thank you so much for taking the time to speak with us about the Procurement Lead role. We really enjoyed learning about your work on carrier tendering.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with what we need at this stage. This was a difficult decision given the strength of the pool.

We'll keep your details on file and hope our paths cross again.

Warmly,
Priya Raman
Talent Partner, Northlane Freight
""", "2026-02-10 18:20 +0100", reply_to="Priya Raman <priya.raman@northlane-freight.example.com>", fmt="alt"),

    M("rejection", "uk_agency_shant_progress", "en", "Pembridge Foods", "tom.ashcroft@ryderblake.example.co.uk",
      "Tom Ashcroft <tom.ashcroft@ryderblake.example.co.uk>",
      "Following up",
      """Hi Jonas,

Hope you're well. I've finally had feedback from Pembridge Foods re the Continuous Improvement Manager role - unfortunately they've come back to say they shan't be progressing your application on this occasion. They felt they needed someone with more hands-on TPM experience on a high-speed line.

Sorry it's not better news, I genuinely thought you'd be a good fit. Let's have a catch up next week, I've got a couple of S&OP roles in the pipeline that might be right up your street.

Kind regards,
Tom

Tom Ashcroft | Principal Consultant, Supply Chain
Ryder Blake Associates | 20 Eastcheap, London EC3M 1EB
+44 (0)20 7946 0183
""", "2026-03-05 12:48 +0100"),

    M("rejection", "indian_english_regret", "en", "Tarang Automotive Components Europe", "deepa.nair@tarang-auto.example.com",
      "Deepa Nair <deepa.nair@tarang-auto.example.com>",
      "Re: your application",
      """Dear Jonas,

Greetings from Tarang Automotive Components!

With reference to your application for the post of Sourcing Manager (Castings) at our Stuttgart office, we regret to inform you that your profile has not been shortlisted for the further rounds of the selection process.

We thank you for the interest shown in our organisation and shall keep your profile in our data bank for future requirements. Kindly do revert in case of any queries.

Thanks & Regards,
Deepa Nair
Asst. Manager - HR
Tarang Automotive Components Europe GmbH
Mob: +49 151 2200 7781
""", "2026-04-02 07:51 +0200"),

    M("rejection", "japanese_owned_after_panel", "en", "Hoshida Medical Europe", "k.watanabe@hoshida-medical.example.com",
      "Kenji Watanabe <k.watanabe@hoshida-medical.example.com>",
      "Result of selection - Supply Planning Manager",
      """Dear Mr. Okonkwo-Brandt,

Thank you very much for attending the panel interview at our Düsseldorf office on 14 April and for your kind presentation.

We have carefully considered the result together with our headquarters in Osaka. We are very sorry to inform you that we cannot offer you the position this time.

We sincerely appreciate your interest in Hoshida Medical and wish you success in the future.

Best regards,

Kenji Watanabe
General Manager, Administration Division
Hoshida Medical Europe GmbH
Tel: +49 211 5800 3120
""", "2026-04-22 09:10 +0200"),

    M("rejection", "workday_requisition_on_hold", "en", "Halvorsen Pharma", "",
      '"Halvorsen Pharma" <halvorsen@myworkday.com>',
      "Update on your application R-0019284",
      """Dear Jonas,

Thank you for your interest in the Senior Manager, Network Planning position (R-0019284) at Halvorsen Pharma.

We are writing to let you know that the requisition has been put on hold due to organisational changes and we will not be proceeding with the recruitment at this time. Your application will therefore be closed.

We encourage you to visit our careers site for future opportunities.

Kind regards,
Halvorsen Pharma Talent Acquisition

This email was sent from an unmonitored mailbox. Halvorsen Pharma A/S, Bagsværd, Denmark.
""", "2026-05-12 13:00 +0200", fmt="html"),

    M("rejection", "aussie_gone_with_another", "en", "Dunmore Logistics", "sam.okafor@dunmore.example.com.au",
      "Sam Okafor <sam.okafor@dunmore.example.com.au>",
      "quick one",
      """Hey Jonas,

Cheers again for jumping on the call with me and Bec last week at such a rubbish hour for you.

Bit of a bummer but we've gone with another candidate this time round - someone already based in the APAC timezone which ended up being the deciding factor for the hiring manager. Nothing to do with your skills mate, your answers on the cross-dock project were spot on.

All the best with the search,
Sam

Sam Okafor
Talent Lead | Dunmore Logistics
""", "2026-06-10 01:12 +0200"),

    M("rejection", "ashby_after_takehome", "en", "Fernwell", "lena@fernwell.example.io",
      '"Fernwell" <no-reply@ashbyhq.com>',
      "Fernwell | Sustainability Operations Lead",
      """Hi Jonas,

Thank you for the time you put into the take-home exercise on Scope 3 supplier data. We know these take real effort.

The team reviewed your submission carefully and we've decided not to move forward with your candidacy. The main gap for us was the prioritisation framework — we were looking for a clearer link between supplier emissions and purchasing volume.

If you have questions, just reply to this email and it'll reach me directly.

Lena Brandauer
People & Talent, Fernwell
""", "2026-07-15 17:05 +0200", reply_to="Lena Brandauer <lena@fernwell.example.io>"),

    M("rejection", "canadian_outlook_chain", "en", "Maplerock Equipment", "d.leblanc@maplerock.example.ca",
      "Danielle LeBlanc <d.leblanc@maplerock.example.ca>",
      "RE: your application",
      """Hi Jonas,

Thanks for checking in, and apologies for leaving you hanging - it's been a hectic few weeks here.

I'm sorry to say we've decided not to move ahead with your application for the European Parts Logistics Manager role. We ended up prioritizing candidates with aftermarket/service parts experience.

Thanks again for your patience, and best of luck.

Danielle

Danielle LeBlanc | Talent Acquisition Partner
Maplerock Equipment Inc. | Calgary · Rotterdam
CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient(s) and may contain privileged information.""",
      "2026-08-04 16:18 +0200",
      quote=("outlook", "From: Jonas Okonkwo-Brandt <jonas.ob@example.de>\nSent: Tuesday, July 28, 2026 9:41 AM\nTo: LeBlanc, Danielle <d.leblanc@maplerock.example.ca>\nSubject: your application",
             "Hi Danielle,\n\nI hope you're well. I wanted to follow up on my application for the European Parts Logistics Manager position in Rotterdam. Is there any update on timing?\n\nBest regards,\nJonas"),
      thread="<jonas.20260728.0941@example.de>"),

    # ------------------------------------------------------------------ rejections (fr, es)
    M("rejection", "teamtailor_regret_fr", "fr", "Lumière Emballages", "",
      '"Lumière Emballages" <no-reply@teamtailor-mail.com>',
      "Votre candidature – Responsable Achats Indirects",
      """Bonjour Jonas,

Nous vous remercions pour l'intérêt que vous portez à Lumière Emballages et pour le temps consacré à votre candidature.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature pour le poste de Responsable Achats Indirects basé à Lyon.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Bien cordialement,
L'équipe Recrutement
Lumière Emballages
""", "2026-02-19 11:00 +0100", fmt="alt", cte="quoted-printable"),

    M("rejection", "manager_short_fr", "fr", "Transports Chabert", "m.chabert@transports-chabert.example.fr",
      "Mathilde Chabert <m.chabert@transports-chabert.example.fr>",
      "Suite à notre échange",
      """Bonjour Jonas,

Merci encore pour l'échange de mardi, c'était très agréable.
Nous avons finalement retenu un autre profil, plus orienté exploitation pure. Je suis désolée de ne pas avoir de meilleure nouvelle.

Je vous souhaite bonne continuation dans vos recherches.

Mathilde Chabert
Directrice des Opérations – Transports Chabert
06 12 34 56 78

Envoyé de mon iPhone""", "2026-05-28 18:40 +0200", cte="8bit"),

    M("rejection", "cabinet_client_ne_donne_pas_suite", "fr", "Biolys Pharma", "a.mercier@mercier-associes.example.fr",
      "Antoine Mercier <a.mercier@mercier-associes.example.fr>",
      "=?utf-8?q?Poste_Directeur_Supply_Chain_=E2=80=93_retour?=",
      """Cher Jonas,

Je reviens vers vous concernant le poste de Directeur Supply Chain chez notre client Biolys Pharma.

Après les entretiens avec le comité de direction, le client a décidé de ne pas donner suite à votre candidature. Ils ont privilégié un profil ayant déjà évolué dans un environnement BPF très réglementé.

Je reste à votre disposition pour en parler de vive voix et je garde votre dossier en tête pour nos prochaines missions.

Bien à vous,

Antoine Mercier
Associé - Mercier & Associés, Conseil en recrutement
12 rue de la République, 69002 Lyon
""", "2026-09-09 10:12 +0200", charset="iso-8859-1"),

    M("rejection", "smartrecruiters_es", "es", "Grupo Alvarado Logística", "",
      '"Grupo Alvarado Logística" <no-reply@smartrecruiters.com>',
      "Tu candidatura en Grupo Alvarado",
      """Hola Jonas:

Gracias por tu interés en formar parte de Grupo Alvarado Logística y por el tiempo dedicado al proceso.

Lamentamos comunicarte que en esta ocasión no vamos a continuar con tu candidatura para la posición de Responsable de Planificación S&OP en Barcelona. Hemos recibido perfiles muy interesantes y la decisión no ha sido fácil.

Te animamos a seguir atento a nuestras ofertas.

Un saludo,
Equipo de Talento
Grupo Alvarado Logística
""", "2026-03-17 12:30 +0100", fmt="html"),

    M("rejection", "bodega_formal_es", "es", "Bodegas Arriaga", "rrhh.seleccion@bodegas-arriaga.example.es",
      "Selección Bodegas Arriaga <rrhh.seleccion@bodegas-arriaga.example.es>",
      "Proceso de selección - Técnico de Compras",
      """Estimado Sr. Okonkwo-Brandt:

Le agradecemos sinceramente el interés mostrado en nuestra empresa y su participación en el proceso de selección para el puesto de Técnico de Compras.

Tras valorar detenidamente su candidatura, hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.

Conservaremos su currículum en nuestra base de datos para futuros procesos, salvo que nos indique lo contrario.

Atentamente,

Departamento de Personas
Bodegas Arriaga, S.A.
Ctra. de Logroño km 4, 01300 Laguardia (Álava)
""", "2026-06-30 09:45 +0200", charset="iso-8859-1", cte="quoted-printable"),

    M("rejection", "startup_puesto_cancelado_es", "es", "Nubaris", "marta@nubaris.example.es",
      "Marta Ferrer <marta@nubaris.example.es>",
      "Re: Ops Manager",
      """Hola Jonas,

te escribo para contarte que al final hemos cancelado la posición de Ops Manager: tras la última ronda de financiación hemos tenido que congelar contrataciones hasta el Q1, así que no seguimos adelante con el proceso.

Siento mucho hacerte perder el tiempo, de verdad. Si se reabre, serás el primero al que escriba.

Un abrazo,
Marta
--
Marta Ferrer · COO · Nubaris
""", "2026-07-21 20:05 +0200",
      quote=("es", "El lun, 13 jul 2026 a las 10:14, Jonas Okonkwo-Brandt (<jonas.ob@example.de>) escribió:",
             "Hola Marta,\nmuchas gracias por la conversación del viernes. Quedo atento a los próximos pasos.\nSaludos,\nJonas"),
      thread="<jonas.20260713.1014@example.de>"),
]
