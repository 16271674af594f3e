"""The two offers: Palais des Congrès Riviera-Azur (Nice, CDD, March) and Isar
Kongresszentrum (Munich, permanent, July–August), with the candidate's own replies."""

from __future__ import annotations

from msgs320_common import DISCLAIMER_DE, DISCLAIMER_FR, latin1_typed, m, own, page, simple_html

PCRA = "Palais des Congrès Riviera-Azur"
SOPHIE = ("Sophie Marchetti", "s.marchetti@congres-riviera.example.fr")
LAURENT = ("Laurent Castellani", "l.castellani@congres-riviera.example.fr")
JULIE = ("Julie Ferrand", "j.ferrand@congres-riviera.example.fr")
ISAR = "Isar Kongresszentrum"
KATHARINA = ("Katharina Brandl", "k.brandl@isar-kongress.example.de")
MARKUS = ("Markus Lehner", "m.lehner@isar-kongress.example.de")
WEIDINGER = ("Dr. Florian Weidinger", "f.weidinger@isar-kongress.example.de")

VERBAL_FR = """Bonjour Anaïs,

Comme je vous l'ai annoncé au téléphone tout à l'heure, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Coordinatrice événements MICE, en CDD de six mois (du 1er avril au 30 septembre 2026).

Votre mise en situation a convaincu toute l'équipe : votre déroulé du séminaire était clair, réaliste, et vous avez pensé aux détails que beaucoup oublient (accessibilité, allergies au dîner de gala, plan B pour les transferts en cas de grève).

Sophie vous adressera d'ici lundi la proposition écrite détaillant la rémunération et les conditions. N'hésitez pas à m'appeler si vous avez des questions d'ici là.

Bienvenue (presque) dans l'équipe !

Laurent Castellani
Directeur des opérations
Palais des Congrès Riviera-Azur
"""

LETTER_FR = f"""Bonjour Anaïs,

Suite à l'appel de Laurent Castellani, vous trouverez ci-joint notre proposition d'embauche pour le poste de Coordinatrice événements MICE :

- contrat : CDD de 6 mois, du 1er avril au 30 septembre 2026
- rémunération : 2 350 € bruts mensuels sur 12 mois, prime de fin de contrat en sus
- temps de travail : 35 heures annualisées, soirées et week-ends selon le calendrier des congrès
- lieu : Palais des Congrès Riviera-Azur, Nice

Nous vous remercions de nous faire part de votre réponse avant le vendredi 13 mars. Je reste à votre disposition pour toute question.

Bien cordialement,

Sophie Marchetti
Chargée de recrutement & développement RH
Palais des Congrès Riviera-Azur
Tél. +33 4 93 00 41 27

{DISCLAIMER_FR}
"""

NEGOTIATE = """Bonjour Sophie,

Merci beaucoup pour cette proposition, que je suis très heureuse de recevoir.

Avant de vous donner ma réponse définitive, me serait-il possible de discuter de deux points ? D'une part, la rémunération : compte tenu de mon expérience de cinq ans en hôtellerie et des soirées prévues, j'espérais un salaire autour de 2 500 € bruts. D'autre part, mon préavis à l'hôtel est d'un mois ; une prise de poste au 6 avril plutôt qu'au 1er me faciliterait beaucoup les choses.

Je reste disponible par téléphone si c'est plus simple.

Bien cordialement,
Anaïs Delacroix-N'Diaye
"""

REVISED_FR = """Bonjour Anaïs,

J'ai pu échanger avec Laurent Castellani et la direction financière. Nous sommes en mesure de vous proposer :

- une rémunération de 2 450 € bruts mensuels ;
- une prise de poste le lundi 6 avril 2026, le contrat courant jusqu'au 30 septembre 2026 ;
- les autres conditions restent inchangées.

Vous trouverez en pièce jointe la proposition d'embauche mise à jour. Si elle vous convient, il vous suffit de nous la retourner signée ; le contrat de travail vous sera ensuite envoyé pour signature électronique.

Bien cordialement,
Sophie Marchetti
"""

CONTRACT_FR = """Bonjour Madame Delacroix-N'Diaye,

Suite à votre acceptation de notre proposition, veuillez trouver ci-joint votre contrat de travail à durée déterminée ainsi que la fiche de renseignements administratifs.

Merci de nous retourner le contrat paraphé sur chaque page et signé (précédé de la mention « lu et approuvé ») avant le 27 mars, accompagné :
- d'une copie de votre pièce d'identité,
- de votre attestation de sécurité sociale,
- d'un RIB.

Vous pouvez nous le renvoyer scanné par retour de mail ou le déposer à l'accueil administratif.

Cordialement,

Julie Ferrand
Assistante administration du personnel
Palais des Congrès Riviera-Azur
04 93 00 41 30
"""

CONTRACT_FIX_FR = """Bonjour Madame Delacroix-N'Diaye,

Une erreur s'est glissée dans l'article 4 du contrat envoyé vendredi (la date de fin indiquait le 30 août au lieu du 30 septembre). Vous trouverez ci-joint la version corrigée, qui annule et remplace la précédente.

Merci de signer uniquement ce nouvel exemplaire et de nous le retourner. Toutes nos excuses pour ce désagrément.

Cordialement,

Julie Ferrand
Assistante administration du personnel
Palais des Congrès Riviera-Azur
"""

SIGNED = """Bonjour Madame Ferrand,

Veuillez trouver ci-joint le contrat corrigé, paraphé et signé, ainsi que les justificatifs demandés.

Je vous souhaite une excellente journée et me réjouis de commencer le 6 avril.

Bien cordialement,
Anaïs Delacroix-N'Diaye
"""

VERBAL_DE = """Liebe Frau Delacroix-N'Diaye,

wie eben am Telefon besprochen, freue ich mich sehr, Ihnen im Namen des Isar Kongresszentrums die Stelle als Eventkoordinatorin – Kongresse & Tagungen anbieten zu dürfen. Der Kennenlerntag hat das ganze Team überzeugt.

Die Eckdaten im Überblick:
- unbefristete Anstellung in Vollzeit (40 Stunden)
- Jahresbruttogehalt 46.500 €, zzgl. Urlaubs- und Weihnachtsgeld
- 30 Tage Urlaub, Jobticket, betriebliche Altersvorsorge
- Eintritt zum 1. September 2026 (nach Absprache auch später)

Ein ausführliches Angebotsschreiben – auf Ihren Wunsch auch auf Englisch – schickt Ihnen Herr Lehner aus der Personalabteilung in den nächsten Tagen.

Wir würden uns sehr freuen, Sie bald in München begrüßen zu dürfen!

Herzliche Grüße
Katharina Brandl
Personalreferentin
Isar Kongresszentrum
"""

LETTER_EN = """Dear Ms Delacroix-N'Diaye,

Further to your conversation with Katharina Brandl, I am pleased to send you, as requested, the English version of our written offer for the position of Event Coordinator – Congresses & Conferences at Isar Kongresszentrum.

Please find the offer letter attached. The key terms are:
- permanent, full-time contract (40 hours per week), probation period of six months
- annual gross salary of EUR 46,500 plus holiday and Christmas bonus
- 30 days of annual leave, public transport ticket, company pension scheme
- start date: 1 September 2026
- relocation support: up to EUR 2,000 against receipts

The offer is valid until 7 August 2026. The binding version of the employment contract will be issued in German, together with a courtesy translation.

Should you have any questions, do not hesitate to contact me.

Best regards,

Markus Lehner
Head of Human Resources
Isar Kongresszentrum
Rosenheimer Straße 140, 81669 Munich, Germany
+49 89 4520 1100
"""

CONTRACT_DE = """Guten Tag Frau Delacroix-N'Diaye,

Markus Lehner hat Ihnen Ihren Arbeitsvertrag zur digitalen Unterschrift bereitgestellt.

Dokument: Arbeitsvertrag – Eventkoordinatorin Kongresse & Tagungen
Bitte unterschreiben bis: 14.08.2026

Dokument ansehen und unterschreiben:
https://isar-kongress.personio.de/sign/3f8a21c7

Bei Rückfragen wenden Sie sich bitte direkt an Markus Lehner.

Ihr Isar Kongresszentrum
Gesendet über Personio
"""

UPDATE_EN = """Dear Anaïs,

Thank you for your call this morning. As discussed, we are happy to postpone your start date to Thursday, 1 October 2026, so that you can complete your contract at the Palais des Congrès in Nice.

Please find attached the updated offer letter reflecting the new start date. All other terms remain unchanged, and the relocation allowance of EUR 2,000 still applies. You will receive the amended contract for electronic signature via Personio shortly.

Kind regards,
Markus Lehner
Head of Human Resources | Isar Kongresszentrum
"""

FORMAL_DE = f"""Sehr geehrte Frau Delacroix-N'Diaye,

im Anschluss an das Telefonat mit Frau Brandl übersende ich Ihnen anbei unser verbindliches Vertragsangebot für die Position Eventkoordinatorin – Kongresse & Tagungen.

Wir würden uns freuen, wenn Sie das Angebot annehmen, und bitten um Ihre Rückmeldung bis zum 7. August 2026. Für ein persönliches Gespräch zu offenen Fragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Dr. Florian Weidinger
Geschäftsführer
Isar Kongresszentrum GmbH
Rosenheimer Straße 140 · 81669 München

{DISCLAIMER_DE}
"""

ACCEPT_DE = """Sehr geehrter Herr Dr. Weidinger,

vielen herzlichen Dank für Ihr Angebot. Ich nehme es sehr gerne an und freue mich darauf, ab Oktober Teil des Teams zu sein.

Die unterschriebene Annahmeerklärung finden Sie im Anhang.

Mit freundlichen Grüßen
Anaïs Delacroix-N'Diaye
"""

SPECS: list[dict] = [
    m("pcra_offer_call", "offer", "fr", "2026-03-05 17:48 +0100", LAURENT,
      "Proposition – Coordinatrice événements MICE", VERBAL_FR, cc=[SOPHIE],
      html=simple_html(VERBAL_FR), company=PCRA, contact=LAURENT[1],
      headers={"X-Mailer": "Microsoft Outlook 16.0"}),
    m("pcra_offer_letter", "offer", "fr", "2026-03-09 10:05 +0100", SOPHIE,
      "Proposition d'embauche – Coordinatrice événements MICE (CDD)", LETTER_FR,
      attach=[("Proposition_embauche_Delacroix-NDiaye.pdf", "Proposition d'embauche", [
          "Palais des Congrès Riviera-Azur - Nice",
          "Madame Anaïs Delacroix-N'Diaye",
          "Poste : Coordinatrice événements MICE",
          "Contrat : CDD du 1er avril au 30 septembre 2026",
          "Rémunération : 2 350 € bruts mensuels",
          "Réponse souhaitée avant le 13 mars 2026.",
          "Sophie Marchetti, Chargée de recrutement"])],
      charset="windows-1252", cte="quoted-printable", company=PCRA, contact=SOPHIE[1]),
    own("pcra_negotiate", "fr", "2026-03-10 20:15 +0100", SOPHIE,
        "Re: Proposition d'embauche – Coordinatrice événements MICE (CDD)", NEGOTIATE,
        parent="pcra_offer_letter", quote="fr"),
    m("pcra_offer_revised", "offer", "fr", "2026-03-13 15:32 +0100", SOPHIE,
      "Re: Proposition d'embauche – Coordinatrice événements MICE (CDD)", REVISED_FR,
      parent="pcra_negotiate", quote="fr",
      attach=[("Proposition_embauche_v2.pdf", "Proposition d'embauche (version 2)", [
          "Poste : Coordinatrice événements MICE - CDD",
          "Période : du 6 avril au 30 septembre 2026",
          "Rémunération : 2 450 € bruts mensuels",
          "Bon pour accord : ______________"])],
      company=PCRA, contact=SOPHIE[1], cte="base64"),
    m("pcra_contract", "offer", "fr", "2026-03-20 11:20 +0100", JULIE,
      "Votre contrat de travail à signer – CDD Coordinatrice événements MICE", CONTRACT_FR,
      attach=[("CDD_Delacroix-NDiaye_2026.pdf", "Contrat de travail à durée déterminée", [
          "Entre le Palais des Congrès Riviera-Azur et Mme Anaïs Delacroix-N'Diaye",
          "Article 1 - Emploi : Coordinatrice événements MICE, statut employée",
          "Article 3 - Rémunération : 2 450 € bruts mensuels",
          "Article 4 - Durée : du 6 avril 2026 au 30 août 2026",
          "Fait à Nice, en deux exemplaires."]),
              ("Fiche_renseignements.pdf", "Fiche de renseignements administratifs", [
          "Nom, prénom, adresse, numéro de sécurité sociale, personne à prévenir."])],
      company=PCRA, contact=JULIE[1], charset="iso-8859-1", cte="8bit"),
    m("pcra_contract_fix", "offer", "fr", "2026-03-23 09:02 +0100", JULIE,
      "Contrat corrigé à signer – annule et remplace", CONTRACT_FIX_FR,
      attach=[("CDD_Delacroix-NDiaye_2026_corrige.pdf", "Contrat de travail (version corrigée)", [
          "Article 4 - Durée : du 6 avril 2026 au 30 septembre 2026",
          "Annule et remplace la version du 20 mars 2026."])],
      company=PCRA, contact=JULIE[1], html=page(CONTRACT_FIX_FR)),
    own("pcra_signed", "fr", "2026-03-24 22:10 +0100", JULIE,
        "Re: Contrat corrigé à signer – annule et remplace", SIGNED,
        parent="pcra_contract_fix", quote="fr",
        attach=[("Contrat_signe_ADND.pdf", "Contrat signé", [
            "Lu et approuvé - Anaïs Delacroix-N'Diaye - Nice, le 24 mars 2026"])]),
    # Isar ---------------------------------------------------------------------------
    m("isar_offer_call", "offer", "de", "2026-07-23 16:40 +0200", KATHARINA,
      "Unser Angebot – Eventkoordinatorin Kongresse & Tagungen", VERBAL_DE,
      company=ISAR, contact=KATHARINA[1], charset="iso-8859-1", cte="quoted-printable"),
    m("isar_offer_formal", "offer", "de", "2026-07-24 09:30 +0200", WEIDINGER,
      "Vertragsangebot – Eventkoordinatorin (m/w/d)", FORMAL_DE,
      attach=[("Vertragsangebot_Delacroix-NDiaye.pdf", "Vertragsangebot", [
          "Isar Kongresszentrum - Personalabteilung",
          "Position: Eventkoordinatorin Kongresse & Tagungen",
          "Jahresbruttogehalt: 46.500 EUR",
          "Eintritt: 1. September 2026",
          "Annahmefrist: 7. August 2026"])],
      company=ISAR, contact=WEIDINGER[1], cte="base64"),
    m("isar_offer_letter_en", "offer", "en", "2026-07-27 11:05 +0200", MARKUS,
      "Offer letter – Event Coordinator, Isar Kongresszentrum (English version)", LETTER_EN,
      html=page(LETTER_EN, lang="en", brand="Isar Kongresszentrum", color="#00557f"),
      attach=[("Offer_Letter_Delacroix-NDiaye_EN.pdf", "Offer Letter", [
          "Isar Kongresszentrum - Human Resources",
          "Position: Event Coordinator - Congresses & Conferences",
          "Salary: EUR 46,500 gross per year",
          "Start date: 1 September 2026",
          "Valid until: 7 August 2026"])],
      company=ISAR, contact=MARKUS[1]),
    own("isar_accept", "de", "2026-07-30 19:25 +0200", WEIDINGER,
        "AW: Vertragsangebot – Eventkoordinatorin (m/w/d)", ACCEPT_DE,
        parent="isar_offer_formal", quote="de",
        attach=[("Annahmeerklaerung_ADND.pdf", "Annahmeerklärung", [
            "Hiermit nehme ich das Vertragsangebot vom 24.07.2026 an.",
            "Nizza, 30.07.2026 - Anaïs Delacroix-N'Diaye"])]),
    m("isar_offer_update_en", "offer", "en", "2026-08-03 14:12 +0200", MARKUS,
      "Updated offer letter – new start date 1 October 2026", UPDATE_EN,
      attach=[("Offer_Letter_updated_start_date.pdf", "Offer Letter (updated)", [
          "Start date: 1 October 2026",
          "All other terms as per offer letter of 27 July 2026."])],
      company=ISAR, contact=MARKUS[1], cte="quoted-printable"),
    m("isar_contract_sign", "offer", "de", "2026-08-05 08:00 +0000",
      ("Isar Kongresszentrum via Personio", "no-reply@personio.de"),
      "Ihr Arbeitsvertrag zur Unterschrift", CONTRACT_DE, reply_to=MARKUS,
      html=page(CONTRACT_DE, lang="de", brand="Isar Kongresszentrum", color="#00557f",
                footer="Personio SE & Co. KG · Datenschutz"),
      company=ISAR, contact=MARKUS[1]),
]

SPECS = latin1_typed(SPECS)
