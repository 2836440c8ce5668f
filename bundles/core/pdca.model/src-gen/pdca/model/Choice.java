/**
 */
package pdca.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Choice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.Choice#getLabel <em>Label</em>}</li>
 *   <li>{@link pdca.model.Choice#getText <em>Text</em>}</li>
 *   <li>{@link pdca.model.Choice#getMinPoints <em>Min Points</em>}</li>
 *   <li>{@link pdca.model.Choice#getMaxPoints <em>Max Points</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getChoice()
 * @model
 * @generated
 */
public interface Choice extends Identified {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see pdca.model.PdcaPackage#getChoice_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link pdca.model.Choice#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see pdca.model.PdcaPackage#getChoice_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link pdca.model.Choice#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Min Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Points</em>' attribute.
	 * @see #setMinPoints(double)
	 * @see pdca.model.PdcaPackage#getChoice_MinPoints()
	 * @model
	 * @generated
	 */
	double getMinPoints();

	/**
	 * Sets the value of the '{@link pdca.model.Choice#getMinPoints <em>Min Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Points</em>' attribute.
	 * @see #getMinPoints()
	 * @generated
	 */
	void setMinPoints(double value);

	/**
	 * Returns the value of the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Points</em>' attribute.
	 * @see #setMaxPoints(double)
	 * @see pdca.model.PdcaPackage#getChoice_MaxPoints()
	 * @model
	 * @generated
	 */
	double getMaxPoints();

	/**
	 * Sets the value of the '{@link pdca.model.Choice#getMaxPoints <em>Max Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Points</em>' attribute.
	 * @see #getMaxPoints()
	 * @generated
	 */
	void setMaxPoints(double value);

} // Choice
