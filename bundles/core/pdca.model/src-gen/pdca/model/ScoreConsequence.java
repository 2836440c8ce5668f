/**
 */
package pdca.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score Consequence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.ScoreConsequence#getBand <em>Band</em>}</li>
 *   <li>{@link pdca.model.ScoreConsequence#getMinScore <em>Min Score</em>}</li>
 *   <li>{@link pdca.model.ScoreConsequence#getKind <em>Kind</em>}</li>
 *   <li>{@link pdca.model.ScoreConsequence#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getScoreConsequence()
 * @model
 * @generated
 */
public interface ScoreConsequence extends Identified {
	/**
	 * Returns the value of the '<em><b>Band</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Band</em>' reference.
	 * @see #setBand(GradeBand)
	 * @see pdca.model.PdcaPackage#getScoreConsequence_Band()
	 * @model
	 * @generated
	 */
	GradeBand getBand();

	/**
	 * Sets the value of the '{@link pdca.model.ScoreConsequence#getBand <em>Band</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Band</em>' reference.
	 * @see #getBand()
	 * @generated
	 */
	void setBand(GradeBand value);

	/**
	 * Returns the value of the '<em><b>Min Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Score</em>' attribute.
	 * @see #setMinScore(Double)
	 * @see pdca.model.PdcaPackage#getScoreConsequence_MinScore()
	 * @model
	 * @generated
	 */
	Double getMinScore();

	/**
	 * Sets the value of the '{@link pdca.model.ScoreConsequence#getMinScore <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Score</em>' attribute.
	 * @see #getMinScore()
	 * @generated
	 */
	void setMinScore(Double value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link pdca.model.ConsequenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see pdca.model.ConsequenceKind
	 * @see #setKind(ConsequenceKind)
	 * @see pdca.model.PdcaPackage#getScoreConsequence_Kind()
	 * @model
	 * @generated
	 */
	ConsequenceKind getKind();

	/**
	 * Sets the value of the '{@link pdca.model.ScoreConsequence#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see pdca.model.ConsequenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConsequenceKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see pdca.model.PdcaPackage#getScoreConsequence_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link pdca.model.ScoreConsequence#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // ScoreConsequence
